import 'server-only';
import { db } from '@/db/client';
import { claimPassedSilenceProcedures } from '@/db/queries/statement-adoption';
import { appNow } from '../clock';
import { recordPassedSilence } from './record-passed-silence';

/**
 * Records every silence procedure whose deadline has passed without objection as an adoption at
 * its deadline, with its audit event. Readers never wait for this (they derive the status from the
 * deadline); it makes the stored status, the audit log and lists agree. Any number of sweeps may run
 * at once, in any number of instances: each batch claims its statements with `skip locked`, so each
 * adoption is recorded once. Returns how many were recorded.
 */
export async function sweepSilenceProcedures({ now = appNow, batchSize = 50 }: { now?: () => Date; batchSize?: number } = {}): Promise<number> {
  let recorded = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const at = now();
      const due = await claimPassedSilenceProcedures(at, batchSize, tx);
      let adopted = 0;
      for (const statement of due) if (await recordPassedSilence(tx, statement, at)) adopted += 1;
      return { claimed: due.length, adopted };
    });
    recorded += batch.adopted;
    if (batch.claimed < batchSize) return recorded;
  }
}

/**
 * Sweeps at once, then every `intervalMs` until stopped; a run never overlaps the previous one.
 * Errors (the database away for a moment) are logged and the next run tries again.
 */
export function startSilenceSweep({ intervalMs }: { intervalMs: number }): () => void {
  let isRunning = false;
  const run = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await sweepSilenceProcedures();
    } catch (error) {
      console.error('silence procedure sweep:', error);
    } finally {
      isRunning = false;
    }
  };
  void run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
