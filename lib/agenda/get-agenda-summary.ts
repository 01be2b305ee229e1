import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { findAgenda, listAgendaItems } from '@/db/queries/agenda';
import { agendaItems } from '@/db/schema';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { numberAgenda } from './outline';

// The meeting page's glance at its agenda: its status, how many items, and the one in discussion now.
export async function getAgendaSummary({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) return { status: 'provisional' as const, itemCount: 0, inDiscussion: null };
  const [agenda, [counted], inDiscussionRows] = await Promise.all([
    findAgenda(input.meetingId),
    db.select({ n: count() }).from(agendaItems).where(eq(agendaItems.meetingId, input.meetingId)),
    db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, input.meetingId), eq(agendaItems.status, 'in_discussion'))),
  ]);
  // Only a meeting with an item in discussion needs the numbers.
  const inDiscussion = inDiscussionRows[0]
    ? (numberAgenda(await listAgendaItems(input.meetingId)).find((item) => item.id === inDiscussionRows[0]!.id) ?? null)
    : null;
  return {
    status: agenda?.status ?? ('provisional' as const),
    itemCount: counted?.n ?? 0,
    inDiscussion: inDiscussion && { number: inDiscussion.number, title: inDiscussion.title },
  };
}
