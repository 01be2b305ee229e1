import 'server-only';
import {
  listAgendaItems,
  listEarlierDeferredItems,
  listEarlierOpenFollowUps,
  listItemDocuments,
  listMeetingFollowUps,
} from '@/db/queries/agenda';
import { listMeetingReviews } from '@/db/queries/programme';
import { findMeetingOverview } from '@/db/queries/meetings';
import { listParties } from '@/db/queries/parties';
import { AppError } from '../errors';
import { assertCan, can as canDo, type Actor } from '../permissions';
import { isId } from '../schemas';
import { agendaAbilities } from './abilities';
import { numberAgenda } from './outline';

// A meeting's agenda page: the numbered items with their papers, project reviews, outcomes and
// follow-ups, and for staff what earlier meetings left open, with what the reader may do.
export async function getAgenda({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  // The meeting comes with its agenda's row, sessions and papers (what the builder offers) in one read.
  const [found, rows, itemDocuments, followUps, reviews] = await Promise.all([
    findMeetingOverview(input.meetingId),
    listAgendaItems(input.meetingId),
    listItemDocuments(input.meetingId),
    listMeetingFollowUps(input.meetingId),
    canDo(actor, 'programme:read') ? listMeetingReviews(input.meetingId) : Promise.resolve([]),
  ]);
  if (!found) throw new AppError('NOT_FOUND', 'notFound');
  const { meeting, agenda } = found;
  const status = agenda?.status ?? 'provisional';
  const can = agendaAbilities(actor, { meeting, agendaStatus: status });
  const readRestricted = canDo(actor, 'meetings:readRestricted', { meeting });
  const [parties, earlierFollowUps, deferredItems] = await Promise.all([
    can.edit || can.conduct ? listParties() : Promise.resolve([]),
    can.edit ? listEarlierOpenFollowUps(meeting) : Promise.resolve([]),
    can.edit ? listEarlierDeferredItems(meeting) : Promise.resolve([]),
  ]);
  const documents = can.edit ? found.documents : [];
  const sessions = can.edit ? found.sessions : [];
  const items = numberAgenda(rows).map((item) => ({
    ...item,
    documents: itemDocuments.filter((link) => link.agendaItemId === item.id && (link.isPublic || readRestricted)),
    followUps: followUps.filter((followUp) => followUp.agendaItemId === item.id),
    reviews: reviews
      .filter((review) => review.agendaItemId === item.id)
      .map(({ id, projectId, projectCode, projectTitle }) => ({ id, projectId, projectCode, projectTitle })),
  }));
  return {
    meeting,
    agenda: { status, version: agenda?.version ?? 0, adoptedAt: agenda?.adoptedAt ?? null, adoptedByName: agenda?.adoptedBy?.name ?? null, hasAgendaDocument: Boolean(agenda?.agendaDocumentId) },
    items,
    inDiscussion: items.find((item) => item.status === 'in_discussion') ?? null,
    documents: documents.map(({ id, symbol, title }) => ({ id, symbol, title })),
    sessions: sessions.map(({ id, title }) => ({ id, title })),
    parties: parties.map(({ id, name }) => ({ id, name })),
    earlierFollowUps,
    deferredItems,
    readRestricted,
    can,
  };
}

export type AgendaView = Awaited<ReturnType<typeof getAgenda>>;
