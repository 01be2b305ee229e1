import { can, type Actor } from '../permissions';
import { acceptsReviews, commentEditRefusal, newCommentRefusal, reviewEditRefusal } from './rules';

/** What the actor may do with the programme: pages render controls from this and decide nothing themselves. */
export function programmeAbilities(actor: Actor) {
  const manage = can(actor, 'programme:manage');
  return { manage };
}

type ReviewFacts = { commentDeadline: string; decidedAt: Date | null };
type MeetingFacts = { chairUserId: string | null; status: string };

/**
 * What the actor may do with one review: correct it (the secretariat, until decided), comment (their
 * member state, before the deadline, once: it changes that comment after), decide.
 */
export function reviewAbilities(
  actor: Actor,
  review: ReviewFacts & { commentingPartyIds: readonly string[] },
  meeting: MeetingFacts,
  party: { id: string; kind: string } | null,
  today: string,
) {
  return {
    edit: can(actor, 'programme:manage') && reviewEditRefusal(review, meeting.status) === null,
    comment:
      party !== null &&
      can(actor, 'reviews:comment', { party: { partyId: party.id, kind: party.kind } }) &&
      newCommentRefusal(review, party.id, review.commentingPartyIds, today) === null,
    decide: review.decidedAt === null && meeting.status !== 'cancelled' && can(actor, 'reviews:decide', { meeting }),
  };
}

/** Whether the actor may change a comment: a delegate of its member state, while comments are open. */
export function commentAbilities(actor: Actor, comment: { partyId: string }, review: ReviewFacts, party: { id: string; kind: string } | null, today: string) {
  return {
    edit: party !== null && can(actor, 'reviews:comment', { party: { partyId: party.id, kind: party.kind } }) && commentEditRefusal(comment, review, party.id, today) === null,
  };
}

export { acceptsReviews };
