import { isOnRecord } from './amendment-rules';
import type { AmendmentView } from './get-statement-amendments';
import { statementKindLabels } from './statement-paper';
import type { AmendmentStatus, StatementKind } from './values';

// The compilation of amendments and comments: the working paper delegations negotiate from, every
// amendment still on record (the withdrawn are not) with the words it would change, and the
// delegations' general comments on the text, in English like the text.

/** An amendment as the compilation prints it: what the statement's amendments list shows of it. */
export type CompiledAmendment = Pick<
  AmendmentView,
  | 'number'
  | 'kind'
  | 'status'
  | 'revisionNumber'
  | 'target'
  | 'targetText'
  | 'text'
  | 'paragraphKind'
  | 'acceptedText'
  | 'rationale'
  | 'partyName'
  | 'decisionReason'
  | 'deciderName'
  | 'decidedAt'
  | 'mergedIntoRevision'
  | 'createdAt'
> & { sponsors: { partyName: string }[] };

/** A delegation's general comment on the text, as the comments list shows it. */
export type CompiledComment = { partyName: string; revisionNumber: number; body: string; createdAt: Date };

export type CompilationPaper = {
  meetingTitle: string;
  /** "Compilation of amendments and comments", or of either alone. */
  heading: string;
  title: string;
  /** "Decision · revision 2 circulated for amendments until 26 February 2027 at 17:00 (Asia/Seoul)". */
  subtitle: string;
  /** "As of 7 December 2026 at 19:30 (Asia/Seoul): 2 amendments, 1 proposed, 1 accepted." */
  summary: string;
  entries: { heading: string; status: string; does: string; blocks: { label: string; text: string }[] }[];
  comments: { heading: string; text: string }[];
};

/** Whether a text has anything to compile: an amendment on record, or a general comment. */
export function hasCompilation(records: { amendments: readonly { status: AmendmentStatus }[]; comments: readonly unknown[] }): boolean {
  return records.comments.length > 0 || records.amendments.some(isOnRecord);
}

const paragraphName = (target: CompiledAmendment['target']) => `${target.kind} paragraph ${target.number}`;
const statusWords: Record<AmendmentStatus, string> = { proposed: 'proposed', accepted: 'accepted', rejected: 'rejected', withdrawn: 'withdrawn' };

function what(amendment: CompiledAmendment): string {
  const paragraph = `${paragraphName(amendment.target)} of revision ${amendment.revisionNumber}`;
  if (amendment.kind === 'replace') return `Replaces ${paragraph}.`;
  if (amendment.kind === 'delete') return `Deletes ${paragraph}.`;
  return `Inserts a new ${amendment.paragraphKind ?? amendment.target.kind} paragraph after ${paragraph}.`;
}

function standing(amendment: CompiledAmendment, day: (instant: Date) => string): string {
  if (amendment.status === 'proposed' || !amendment.decidedAt) return `Proposed on ${day(amendment.createdAt)}.`;
  const how = amendment.status === 'accepted' && amendment.acceptedText !== null ? 'Accepted with a change' : amendment.status === 'accepted' ? 'Accepted' : 'Rejected';
  const who = amendment.deciderName ? ` by ${amendment.deciderName}` : '';
  const merged = amendment.mergedIntoRevision === null ? '' : ` Merged into revision ${amendment.mergedIntoRevision}.`;
  return `${how}${who} on ${day(amendment.decidedAt)}.${merged}`;
}

function blocks(amendment: CompiledAmendment): { label: string; text: string }[] {
  const present = { label: amendment.kind === 'insert_after' ? 'The paragraph it follows' : 'Present text', text: amendment.targetText };
  return [
    present,
    ...(amendment.kind === 'delete' || amendment.text === null ? [] : [{ label: 'Proposed text', text: amendment.text }]),
    ...(amendment.acceptedText === null ? [] : [{ label: 'Accepted in these words', text: amendment.acceptedText }]),
    { label: 'Rationale', text: amendment.rationale },
    ...(amendment.status === 'rejected' && amendment.decisionReason ? [{ label: 'Reason for rejecting it', text: amendment.decisionReason }] : []),
  ];
}

/**
 * The compilation of a statement's amendments, by number, as of `now` in the meeting's zone: each
 * with its proposer and co-sponsors, where it stands, what it does to which paragraph, the words it
 * would change and its own, and the rationale; then the general comments, oldest first. Withdrawn
 * amendments are no longer before the meeting (withdrawn comments are not given).
 */
export function amendmentsCompilation(input: {
  meetingTitle: string;
  timeZone: string;
  statement: { title: string; kind: StatementKind; status: string; circulatedRevision: number | null; commentDeadline: Date | null };
  amendments: readonly CompiledAmendment[];
  comments: readonly CompiledComment[];
  now: Date;
}): CompilationPaper {
  const { timeZone, statement, now } = input;
  const day = (instant: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(instant);
  const moment = (instant: Date) => `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(instant)} (${timeZone})`;
  const listed = input.amendments.filter(isOnRecord);
  const counts = (['proposed', 'accepted', 'rejected'] as const)
    .map((status) => [status, listed.filter((amendment) => amendment.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusWords[status]}`);
  const circulated =
    statement.status === 'circulated' && statement.circulatedRevision !== null && statement.commentDeadline
      ? ` · revision ${statement.circulatedRevision} circulated for amendments until ${moment(statement.commentDeadline)}`
      : '';
  const { comments } = input;
  const amendmentsLine = `${listed.length === 1 ? '1 amendment' : `${listed.length} amendments`}${counts.length > 0 ? `, ${counts.join(', ')}` : ''}`;
  const commentsLine = comments.length === 1 ? '1 general comment' : `${comments.length} general comments`;
  const compiled = [listed.length > 0 && 'amendments', comments.length > 0 && 'comments'].filter(Boolean).join(' and ');
  return {
    meetingTitle: input.meetingTitle,
    heading: `Compilation of ${compiled || 'amendments'}`,
    title: statement.title,
    subtitle: `${statementKindLabels[statement.kind]}${circulated}`,
    summary: `As of ${moment(now)}: ${amendmentsLine}; ${commentsLine}. Withdrawn amendments are not listed.`,
    entries: listed.map((amendment) => ({
      heading: `Amendment ${amendment.number} (${amendment.partyName})${amendment.sponsors.length > 0 ? `, co-sponsored by ${amendment.sponsors.map((s) => s.partyName).join(', ')}` : ''}`,
      status: standing(amendment, day),
      does: what(amendment),
      blocks: blocks(amendment),
    })),
    comments: comments.map((comment) => ({ heading: `${comment.partyName}, on revision ${comment.revisionNumber}, ${day(comment.createdAt)}`, text: comment.body })),
  };
}
