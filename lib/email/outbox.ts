import 'server-only';
import type { Tx } from '@/db/client';
import { insertOutboxEmail } from '@/db/queries/email';
import type { EmailKind } from './values';

export type OutgoingEmail = { kind: EmailKind; to: string; subject: string; body: string };

/**
 * Queues a message in the same transaction as the change it tells about: if the change rolls back,
 * the message was never written, and a worker delivers what committed (lib/email/deliver-outbox.ts).
 */
export async function enqueueEmail(tx: Tx, email: OutgoingEmail): Promise<void> {
  await insertOutboxEmail({ kind: email.kind, toAddress: email.to.toLowerCase(), subject: email.subject, body: email.body }, tx);
}
