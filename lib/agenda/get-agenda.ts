import 'server-only';
import { listAgendaItemsWithRecords, listEarlierDeferredItems, listEarlierOpenFollowUps } from '@/db/queries/agenda';
import { findMeetingOverview } from '@/db/queries/meetings';
import { listParties } from '@/db/queries/parties';
import { AppError } from '../errors';
import { assertCan, can as canDo, type Actor } from '../permissions';
import { isId } from '../schemas';
import { readablePapers } from '../documents/readable-papers';
import { agendaAbilities } from './abilities';
import { numberAgenda } from './outline';

// A meeting's agenda page: the numbered items with their papers, project reviews, outcomes and
// follow-ups, and for staff what earlier meetings left open, with what the reader may do.
export async function getAgenda({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  // The meeting comes with its agenda's row, sessions and papers (what the builder offers) in one read,
  // the items with everything shown under them in another.
  const [found, rows] = await Promise.all([
    findMeetingOverview(input.meetingId),
    listAgendaItemsWithRecords(input.meetingId, { withReviews: canDo(actor, 'programme:read') }),
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
  // Withdrawn papers are neither offered nor shown under an item: they no longer stand.
  const documents = can.edit ? readablePapers(found.documents, { readRestricted: true, readWithdrawn: false }) : [];
  const sessions = can.edit ? found.sessions : [];
  const items = numberAgenda(
    rows.map(({ presenterParty, session, documents: links, followUps, reviews, ...item }) => ({
      ...item,
      presenterPartyName: presenterParty?.name ?? null,
      sessionTitle: session?.title ?? null,
      documents: readablePapers(
        links.map(({ document }) => document),
        { readRestricted, readWithdrawn: false },
      )
        .map((document) => ({ documentId: document.id, symbol: document.symbol, title: document.title, isPublic: document.isPublic }))
        .sort(bySymbol),
      followUps: followUps.map(({ ownerParty, ...followUp }) => ({ ...followUp, ownerName: ownerParty?.name ?? null })),
      reviews: reviews
        .map(({ id, project }) => ({ id, projectId: project.id, projectCode: project.code, projectTitle: project.title }))
        .sort((a, b) => a.projectCode.localeCompare(b.projectCode)),
    })),
  );
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

const bySymbol = (a: { symbol: string }, b: { symbol: string }) => a.symbol.localeCompare(b.symbol);

export type AgendaView = Awaited<ReturnType<typeof getAgenda>>;
