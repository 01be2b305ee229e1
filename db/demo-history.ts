import { and, inArray } from 'drizzle-orm';
import type { Tx } from './client';
import { auditEvents } from './schema';

/**
 * One step of the demo's story as the audit log tells it: what the app's own action would have
 * recorded, dated when it happened rather than when the seed ran. The demo writes its rows directly,
 * so these events carry no record versions: a refused stale edit lists only versioned events, and
 * the demo's records are the versions they were seeded at.
 */
export type DemoEvent = {
  at: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  change: Record<string, unknown>;
};

/** Writes the events of one part of the demo, with the rows they tell of, so both are seeded once. */
export async function insertDemoHistory(tx: Tx, events: readonly DemoEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(auditEvents).values(events.map(({ at, ...event }) => ({ ...event, createdAt: new Date(at) })));
}

/**
 * Dates events that one of the app's own steps recorded as it ran in the seed (which records the
 * time of the call) at the time the demo says the step was taken.
 */
export async function redateDemoEvents(tx: Tx, events: { entityIds: string[]; actions: string[] }, at: string): Promise<void> {
  await tx
    .update(auditEvents)
    .set({ createdAt: new Date(at) })
    .where(and(inArray(auditEvents.entityId, events.entityIds), inArray(auditEvents.action, events.actions)));
}
