import { diffWords, type Change } from 'diff';
import { AppError } from '../errors';
import { can, type Actor, type KindedPartyRef, type MeetingRef } from '../permissions';
import { assertAcceptsAmendments } from './lifecycle';
import type { AcceptedAmendment } from './merge-amendments';
import type { AmendmentKind, AmendmentStatus, ParagraphKind, StatementStatus } from './values';

// The rules of amendments, pure: each use-case throws the refusal they name, and the statement page
// offers a button only where there is none, so the page and the server never disagree.

export type AmendmentFacts = {
  actor: Actor;
  meeting: MeetingRef;
  statement: { status: StatementStatus; circulatedRevision: number | null; commentDeadline: Date | null };
  /** The actor's own party, if any: amendments are made and supported for it only. */
  party: KindedPartyRef | null;
  now: Date;
};

export type AmendmentState = {
  status: AmendmentStatus;
  partyId: string;
  /** The number of the revision it was proposed against. */
  revisionNumber: number;
  /** The parties that co-sponsor it. */
  sponsorPartyIds: readonly string[];
};

/** Statuses in which the chair has closed the text: no amendment is taken any more. */
const closedStatuses: readonly StatementStatus[] = ['final', 'silence_procedure', 'adopted', 'published'];

const memberStatesOnly = () => new AppError('FORBIDDEN', 'amendmentMemberStatesOnly');

function ownParty({ actor, party }: AmendmentFacts): KindedPartyRef | null {
  return party !== null && can(actor, 'statements:amend', { party }) ? party : null;
}

/** Why the statement takes no amendment now (closed by the chair, not circulated, past its deadline), or null. */
export function amendmentWindowRefusal(statement: AmendmentFacts['statement'], now: Date): AppError | null {
  if (closedStatuses.includes(statement.status)) return new AppError('INVALID_STATE', 'amendmentTextFinal');
  try {
    assertAcceptsAmendments(statement, now);
    return null;
  } catch (error) {
    return error as AppError;
  }
}

/** Why the actor may not propose an amendment to this statement now, or null. */
export function proposeRefusal(facts: AmendmentFacts): AppError | null {
  if (!ownParty(facts)) return memberStatesOnly();
  return amendmentWindowRefusal(facts.statement, facts.now);
}

/**
 * Why the actor may not comment on this statement now, or null. A general comment is taken when an
 * amendment would be: from a member state's delegate, for their country, while the text is circulated
 * and its comment deadline has not passed.
 */
export function commentRefusal(facts: AmendmentFacts): AppError | null {
  if (!ownParty(facts)) return new AppError('FORBIDDEN', 'statementCommentMemberStatesOnly');
  return amendmentWindowRefusal(facts.statement, facts.now) ? new AppError('INVALID_STATE', 'statementCommentsClosed') : null;
}

/**
 * Why the actor may not withdraw this comment now, or null: its delegation takes it back while the
 * text still takes comments, once.
 */
export function commentWithdrawalRefusal(facts: AmendmentFacts, comment: { partyId: string; withdrawnAt: Date | null }): AppError | null {
  if (ownParty(facts)?.partyId !== comment.partyId) return new AppError('FORBIDDEN', 'statementCommentOwnOnly');
  if (comment.withdrawnAt !== null) return new AppError('INVALID_STATE', 'statementCommentWithdrawn');
  return amendmentWindowRefusal(facts.statement, facts.now) ? new AppError('INVALID_STATE', 'statementCommentsClosed') : null;
}

function openAgainstCirculated(amendment: AmendmentState, facts: AmendmentFacts): AppError | null {
  if (amendment.status !== 'proposed') return new AppError('INVALID_STATE', 'amendmentNotProposed');
  if (amendment.revisionNumber !== facts.statement.circulatedRevision) return new AppError('INVALID_STATE', 'amendmentStale');
  return null;
}

/** What a proposal changes: two amendments that agree on it propose the same change. */
export type ProposedChange = { kind: AmendmentKind; text: string | null; paragraphKind: ParagraphKind | null };

/** An amendment of the same paragraph still open, with the parties behind it. */
export type OpenAmendment = ProposedChange & { number: number; partyId: string; sponsorPartyIds: readonly string[] };

const sameWords = (a: string | null, b: string | null) => (a ?? '').replace(/\s+/g, ' ') === (b ?? '').replace(/\s+/g, ' ');

/**
 * Why a proposal repeats an open amendment of its paragraph, or null. The same change proposed twice
 * (a form sent again, two delegates of one country) would be decided twice; another country's is
 * co-sponsored instead, so the chair sees who supports it in one place.
 */
export function repeatedProposalRefusal(proposal: ProposedChange, open: readonly OpenAmendment[], partyId: string): AppError | null {
  const same = open.find((a) => a.kind === proposal.kind && a.paragraphKind === proposal.paragraphKind && sameWords(a.text, proposal.text));
  if (!same) return null;
  const isOwn = same.partyId === partyId || same.sponsorPartyIds.includes(partyId);
  return new AppError('CONFLICT', isOwn ? 'amendmentRepeatsOwn' : 'amendmentRepeatsOther', undefined, { values: { number: same.number } });
}

/** Why the actor may not co-sponsor this amendment for their party, or null. */
export function cosponsorRefusal(amendment: AmendmentState, facts: AmendmentFacts): AppError | null {
  const party = ownParty(facts);
  if (!party) return memberStatesOnly();
  const refusal = amendmentWindowRefusal(facts.statement, facts.now) ?? openAgainstCirculated(amendment, facts);
  if (refusal) return refusal;
  if (amendment.partyId === party.partyId) return new AppError('INVALID_STATE', 'amendmentOwnParty');
  if (amendment.sponsorPartyIds.includes(party.partyId)) return new AppError('CONFLICT', 'amendmentAlreadySponsored');
  return null;
}

/**
 * Why the actor's party may not stop co-sponsoring this amendment, or null: as long as it could
 * co-sponsor it, so support given by mistake or overtaken by instructions can be taken back.
 */
export function withdrawSupportRefusal(amendment: AmendmentState, facts: AmendmentFacts): AppError | null {
  const party = ownParty(facts);
  if (!party) return memberStatesOnly();
  if (!amendment.sponsorPartyIds.includes(party.partyId)) return new AppError('INVALID_STATE', 'amendmentNotSponsored');
  return amendmentWindowRefusal(facts.statement, facts.now) ?? openAgainstCirculated(amendment, facts);
}

/** Why the actor may not withdraw this amendment, or null: only its own party does, until it is decided. */
export function withdrawRefusal(amendment: AmendmentState, facts: AmendmentFacts): AppError | null {
  const party = ownParty(facts);
  if (!party) return memberStatesOnly();
  if (amendment.partyId !== party.partyId) return new AppError('FORBIDDEN', 'amendmentNotYourParty');
  if (facts.statement.status !== 'circulated') return new AppError('INVALID_STATE', 'amendmentDecisionsClosed');
  if (amendment.status !== 'proposed') return new AppError('INVALID_STATE', 'amendmentNotProposed');
  return null;
}

/** Why the actor may not accept or reject this amendment, or null: the secretariat, or this meeting's chair, while circulated. */
export function disposeRefusal(amendment: AmendmentState, facts: AmendmentFacts): AppError | null {
  if (!can(facts.actor, 'statements:dispose', { meeting: facts.meeting })) return new AppError('FORBIDDEN', 'amendmentDisposeForbidden');
  if (facts.statement.status !== 'circulated') return new AppError('INVALID_STATE', 'amendmentDecisionsClosed');
  return openAgainstCirculated(amendment, facts);
}

/** What the actor may do with one amendment: the page shows a button for each true. */
export function amendmentAbilities(amendment: AmendmentState, facts: AmendmentFacts) {
  return {
    cosponsor: cosponsorRefusal(amendment, facts) === null,
    withdrawSupport: withdrawSupportRefusal(amendment, facts) === null,
    withdraw: withdrawRefusal(amendment, facts) === null,
    dispose: disposeRefusal(amendment, facts) === null,
  };
}

/** A paragraph as people name it: "operative paragraph 2", or "preambular paragraph 1" (its place in the preamble). */
export type ParagraphRef = { kind: ParagraphKind; number: number };

/** How each paragraph of a revision is named, by its id. */
export function paragraphRefs(paragraphs: readonly { id: string; kind: ParagraphKind }[]): Map<string, ParagraphRef> {
  const counts: Record<ParagraphKind, number> = { preambular: 0, operative: 0 };
  return new Map(paragraphs.map((p) => [p.id, { kind: p.kind, number: ++counts[p.kind] }]));
}

type DecidedAmendment = {
  id: string;
  number: number;
  kind: AmendmentKind;
  paragraphId: string;
  text: string | null;
  paragraphKind: ParagraphKind | null;
  acceptedText: string | null;
};

/**
 * An accepted amendment as the merge takes it: with the words accepted (the change made to it, if
 * any). A deletion accepted with a change keeps the paragraph in the changed words, so it merges as
 * a replacement.
 */
export function acceptedForMerge(amendment: DecidedAmendment): AcceptedAmendment {
  const changedDeletion = amendment.kind === 'delete' && amendment.acceptedText !== null;
  return {
    id: amendment.id,
    number: amendment.number,
    kind: changedDeletion ? 'replace' : amendment.kind,
    paragraphId: amendment.paragraphId,
    text: amendment.acceptedText ?? amendment.text,
    paragraphKind: amendment.paragraphKind,
  };
}

/**
 * What an amendment does to its paragraph, word by word (the `diff` library, as revisions are
 * compared): a replacement against the paragraph's words, an insertion all new, a deletion all gone.
 */
export function amendmentWordChanges(kind: AmendmentKind, paragraphText: string, words: string | null): Change[] {
  if (kind === 'replace') return diffWords(paragraphText, words!);
  if (kind === 'insert_after') return [{ value: words!, added: true, removed: false, count: 1 }];
  return [{ value: paragraphText, added: false, removed: true, count: 1 }];
}

/** An amendment still before the meeting, which the compilation lists and the room's screen steps to: any but a withdrawn one. */
export const isOnRecord = (amendment: { status: AmendmentStatus }) => amendment.status !== 'withdrawn';

/**
 * The amendments the room's screen steps to from one: the one before and after it by number, passing
 * over those no longer on record.
 */
export function amendmentNeighbours(
  amendments: readonly { number: number; status: AmendmentStatus }[],
  number: number,
): { previous: number | null; next: number | null } {
  const onRecord = amendments.filter(isOnRecord);
  const before = onRecord.filter((a) => a.number < number).map((a) => a.number);
  const after = onRecord.filter((a) => a.number > number).map((a) => a.number);
  return { previous: before.length ? Math.max(...before) : null, next: after.length ? Math.min(...after) : null };
}
