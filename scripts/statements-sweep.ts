// `npm run statements:sweep`: records the silence procedures whose deadline has passed as adopted,
// every SILENCE_SWEEP_INTERVAL_MS, until stopped (`-- --once` for one run, as from a cron job).
// Any number may run beside the app's own sweep: they claim statements with `for update skip
// locked`. On the embedded database, stop the app first (PGlite allows one process per data folder).
import { closeDb } from '@/db/client';
import { silenceSweepIntervalMs } from '@/lib/config';
import { startSilenceSweep, sweepSilenceProcedures } from '@/lib/statements/sweep-silence-procedures';

if (process.argv.includes('--once')) {
  const recorded = await sweepSilenceProcedures();
  console.log(`Recorded ${recorded} adoption${recorded === 1 ? '' : 's'} by silence procedure.`);
  await closeDb();
} else {
  const stop = startSilenceSweep({ intervalMs: silenceSweepIntervalMs });
  console.log(`Silence procedure sweep: every ${silenceSweepIntervalMs} ms.`);
  const shutdown = async () => {
    stop();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
