import 'server-only';
import { findPartyById } from '@/db/queries/parties';
import { findProjectDetail, listProjectPartners, listProjectReviews, listReviewComments } from '@/db/queries/programme';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { assertCan, can, type Actor } from '../permissions';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { commentAbilities, reviewAbilities } from './abilities';
import { linkedAgendaItems } from './agenda-links';
import { projectTransitions } from './rules';

// A project's page: its details, partners, and its reviews across meetings as a timeline, each with
// its agenda item, the delegations' comments and what the reader may do with it.
export async function getProject({ actor, input, now = appNow() }: { actor: Actor; input: { projectId: string }; now?: Date }) {
  assertCan(actor, 'programme:read');
  if (!isId(input.projectId)) throw new AppError('NOT_FOUND', 'notFound');
  const [project, partners, reviewRows, party] = await Promise.all([
    findProjectDetail(input.projectId),
    listProjectPartners(input.projectId),
    listProjectReviews(input.projectId),
    actor.partyId ? findPartyById(actor.partyId) : Promise.resolve(undefined),
  ]);
  if (!project) throw new AppError('NOT_FOUND', 'notFound');
  const [comments, agendaItems] = await Promise.all([
    listReviewComments(reviewRows.map((r) => r.review.id)),
    linkedAgendaItems(reviewRows.map((r) => r.review)),
  ]);
  const manage = can(actor, 'programme:manage');
  const ownParty = party ? { id: party.id, kind: party.kind } : null;
  const reviews = reviewRows.map((row) => {
    const today = zonedDate(now, row.meetingTimeZone);
    const reviewComments = comments.filter((c) => c.reviewId === row.review.id);
    const commentingPartyIds = reviewComments.map((comment) => comment.partyId);
    return {
      ...row,
      agendaItem: row.review.agendaItemId ? (agendaItems.get(row.review.agendaItemId) ?? null) : null,
      comments: reviewComments.map((comment) => ({ ...comment, can: commentAbilities(actor, comment, row.review, ownParty, today) })),
      can: reviewAbilities(actor, { ...row.review, commentingPartyIds }, { chairUserId: row.meetingChairUserId, status: row.meetingStatus }, ownParty, today),
    };
  });
  return {
    project,
    partners,
    reviews,
    can: { manage, edit: manage, statusChanges: manage ? projectTransitions[project.status] : [], review: manage },
  };
}
