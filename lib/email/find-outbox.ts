import 'server-only';
import { z } from 'zod';
import { findOutboxEmail, listOutboxEmails, type OutboxListItem } from '@/db/queries/email';
import type { OutboxEmail } from '@/db/schema';
import { assertCan, type Actor } from '../permissions';
import { emailKinds, emailStatuses } from './values';

export const outboxPageSize = 50;

const cursor = z.coerce.number().int().positive().optional().catch(undefined);
export const findOutboxSchema = z.object({
  status: z.enum(emailStatuses).optional().catch(undefined),
  kind: z.enum(emailKinds).optional().catch(undefined),
  /** One recipient's messages ("did the notice reach her?"): the whole address, in any case. */
  to: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  before: cursor,
  after: cursor,
  /** The message whose text is shown. */
  message: cursor,
});
export type FindOutboxInput = z.infer<typeof findOutboxSchema>;

export type OutboxPage = { items: OutboxListItem[]; newerThan: number | null; olderThan: number | null; shown: OutboxEmail | null };

// Staff read the messages the app sent or will send, newest first (by status, kind or recipient), and
// one message's text: without an SMTP server this is how the secretariat reads them.
export async function findOutbox({ actor, input }: { actor: Actor; input: FindOutboxInput }): Promise<OutboxPage> {
  assertCan(actor, 'email:read');
  const [{ rows, hasMore }, shown] = await Promise.all([
    listOutboxEmails({ status: input.status, kind: input.kind, to: input.to, before: input.before, after: input.after, limit: outboxPageSize }),
    input.message ? findOutboxEmail(input.message) : Promise.resolve(undefined),
  ]);
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  const hasNewer = input.after ? hasMore : input.before !== undefined;
  const hasOlder = input.after ? true : hasMore;
  return {
    items: rows,
    newerThan: hasNewer && first !== undefined ? first : null,
    olderThan: hasOlder && last !== undefined ? last : null,
    shown: shown ?? null,
  };
}
