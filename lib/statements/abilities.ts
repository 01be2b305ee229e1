import { can, type Actor, type KindedPartyRef, type MeetingRef } from '../permissions';
import { acceptsAmendments, acceptsPositions, canStatementTransition, isTextEditable } from './lifecycle';
import type { AmendmentStatus, StatementStatus } from './values';

/** No party in particular: only a grant over all parties reaches it. */
const noParty: KindedPartyRef = { partyId: '', kind: '' };

type Facts = {
  meeting: MeetingRef;
  /** The statement as it stands now (lib/statements/silence.ts `effectiveStatement`). */
  statement: { status: StatementStatus; circulatedRevision: number | null; commentDeadline: Date | null };
  /** The actor's own party, if any: amendments, objections and positions are made for it. */
  party: KindedPartyRef | null;
  now: Date;
};

export type StatementAbilities = {
  edit: boolean;
  circulate: boolean;
  /** Produce the next revision from the accepted amendments. */
  produceRevision: boolean;
  dispose: boolean;
  amend: boolean;
  finalize: boolean;
  /** Back to drafting from the final text. */
  reopen: boolean;
  adopt: boolean;
  startSilence: boolean;
  object: boolean;
  recordPosition: boolean;
  publish: boolean;
};

/**
 * Who may read a statement: drafts are the secretariat's and the chair's; once circulated, or while
 * under a silence procedure (delegations are asked to accept it, circulated or not), delegations read
 * it too; adopted texts everyone signed in.
 */
export function canReadStatement(actor: Actor, { meeting, statement }: Pick<Facts, 'meeting' | 'statement'>): boolean {
  if (can(actor, 'statements:readDrafts', { meeting })) return true;
  if (statement.status === 'adopted' || statement.status === 'published') return true;
  return (statement.circulatedRevision !== null || statement.status === 'silence_procedure') && can(actor, 'statements:readCirculated');
}

/** What the actor may do with a statement now: pages render controls from this and decide nothing themselves. */
export function statementAbilities(actor: Actor, { meeting, statement, party, now }: Facts): StatementAbilities {
  const drafts = can(actor, 'statements:draft');
  const chairs = can(actor, 'statements:adopt', { meeting });
  const forOwnParty = (permission: 'statements:amend' | 'statements:object' | 'statements:recordPosition') =>
    party !== null && can(actor, permission, { party });
  return {
    edit: drafts && isTextEditable(statement.status),
    circulate: drafts && canStatementTransition(statement.status, 'circulated'),
    produceRevision: drafts && statement.status === 'circulated',
    dispose: can(actor, 'statements:dispose', { meeting }) && statement.status === 'circulated',
    amend: forOwnParty('statements:amend') && acceptsAmendments(statement, now),
    finalize: chairs && canStatementTransition(statement.status, 'final'),
    reopen: chairs && statement.status === 'final',
    adopt: chairs && statement.status === 'final',
    startSilence: chairs && statement.status === 'final',
    object: forOwnParty('statements:object') && statement.status === 'silence_procedure',
    // The secretariat records positions for any party (as said at the meeting); a delegate for their own.
    recordPosition: acceptsPositions(statement.status) && (can(actor, 'statements:recordPosition', { party: noParty }) || forOwnParty('statements:recordPosition')),
    publish: drafts && statement.status === 'adopted',
  };
}

/** What the chair should know before finalizing: what stops it, and what finalizing cuts short. */
export type FinalizeCaveats = {
  /** Accepted amendments not yet merged into a revision: the text cannot be final without them. */
  unmerged: number;
  /** Amendments still undecided: once the text is final, nobody decides them. */
  undecided: number;
  /** The comment deadline, while it is still ahead: finalizing closes the text to amendments early. */
  commentsOpenUntil: Date | null;
};

export function finalizeCaveats(
  statement: { commentDeadline: Date | null },
  amendments: readonly { status: AmendmentStatus; mergedIntoRevision: number | null }[],
  now: Date,
): FinalizeCaveats {
  return {
    unmerged: amendments.filter((a) => a.status === 'accepted' && a.mergedIntoRevision === null).length,
    undecided: amendments.filter((a) => a.status === 'proposed').length,
    commentsOpenUntil: statement.commentDeadline && statement.commentDeadline > now ? statement.commentDeadline : null,
  };
}
