import 'server-only';
import type { Change } from 'diff';
import type { StatementRecords } from '@/db/queries/statements';
import type { StatementParagraph } from '@/db/schema';
import { pageWindow } from '../pagination';
import { can, type Actor, type MeetingRef } from '../permissions';
import { hasCompilation } from './amendments-compilation';
import { amendmentAbilities, amendmentWordChanges, paragraphRefs, type AmendmentFacts, type ParagraphRef } from './amendment-rules';
import { readParagraphsOfRevisions, readStatement, readStatementRecords } from './read-statement';
import type { AmendmentKind, AmendmentStatus, ParagraphKind } from './values';

export type AmendmentView = {
  id: string;
  number: number;
  kind: AmendmentKind;
  status: AmendmentStatus;
  /** The revision it was proposed against, and the paragraph there. */
  revisionNumber: number;
  target: ParagraphRef;
  targetText: string;
  text: string | null;
  paragraphKind: ParagraphKind | null;
  acceptedText: string | null;
  rationale: string;
  partyName: string;
  proposerName: string | null;
  sponsors: { partyName: string; userName: string | null }[];
  decisionReason: string | null;
  deciderName: string | null;
  decidedAt: Date | null;
  mergedIntoRevision: number | null;
  createdAt: Date;
  /** The proposal word by word against the paragraph; and the words accepted instead, if changed. */
  proposedChange: Change[];
  acceptedChange: Change[] | null;
  can: { cosponsor: boolean; withdrawSupport: boolean; withdraw: boolean; dispose: boolean };
};

export type StatementAmendments = {
  /** One page of them, by number: a long negotiation has more than a page should carry. */
  amendments: AmendmentView[];
  pagination: { page: number; pageCount: number; total: number };
  /** The paragraphs of the circulated revision the actor may propose amendments to (none if they may not). */
  paragraphs: { id: string; ref: ParagraphRef; text: string }[];
  /** Each amendment's name, for the paragraphs it shaped ("Amendment 2 (Japan)"), and the page it is listed on. */
  labels: Record<string, { number: number; partyName: string; page: number }>;
  /** Whether an amendment (not withdrawn) or a general comment is on record, for the compilation to list. */
  hasCompilation: boolean;
  can: { amend: boolean; produceRevision: boolean };
  /** The reader's own party, for whom they propose and co-sponsor. */
  partyName: string | null;
};

/** An adopted text is read by observers too; the negotiation behind it is for those who took part. */
export function readsNegotiation(actor: Actor, meeting: MeetingRef): boolean {
  return can(actor, 'statements:readDrafts', { meeting }) || can(actor, 'statements:readCirculated');
}

type AmendmentRow = StatementRecords['amendments'][number];

/** How the paragraphs amendments target are named and worded, from the revisions they were proposed against. */
export function amendmentTargets(revisions: Iterable<readonly StatementParagraph[]>): { texts: Map<string, string>; refs: Map<string, ParagraphRef> } {
  const lists = [...revisions];
  return { refs: new Map(lists.flatMap((paragraphs) => [...paragraphRefs(paragraphs)])), texts: new Map(lists.flat().map((p) => [p.id, p.text])) };
}

/** One amendment as its readers see it, against the paragraph (text and name) of the revision it was proposed to. */
export function amendmentView(
  row: AmendmentRow,
  { texts, refs, facts }: { texts: Map<string, string>; refs: Map<string, ParagraphRef>; facts: AmendmentFacts },
): AmendmentView {
  const targetText = texts.get(row.paragraphId)!;
  const state = { status: row.status, partyId: row.partyId, revisionNumber: row.revisionNumber, sponsorPartyIds: row.sponsors.map((s) => s.partyId) };
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    revisionNumber: row.revisionNumber,
    target: refs.get(row.paragraphId)!,
    targetText,
    text: row.text,
    paragraphKind: row.paragraphKind,
    acceptedText: row.acceptedText,
    rationale: row.rationale,
    partyName: row.partyName,
    proposerName: row.proposerName,
    sponsors: row.sponsors.map((s) => ({ partyName: s.partyName, userName: s.userName })),
    decisionReason: row.decisionReason,
    deciderName: row.deciderName,
    decidedAt: row.decidedAt,
    mergedIntoRevision: row.mergedIntoRevision,
    createdAt: row.createdAt,
    proposedChange: amendmentWordChanges(row.kind, targetText, row.text),
    acceptedChange: row.acceptedText === null ? null : amendmentWordChanges(row.kind === 'delete' ? 'replace' : row.kind, targetText, row.acceptedText),
    can: amendmentAbilities(state, facts),
  };
}

// Lists a page of a statement's amendments, with who proposed and supported each and what became of
// it, and what the reader may do with each; the circulated paragraphs too for one who may propose.
export async function getStatementAmendments({ actor, input }: { actor: Actor; input: { statementId: string; page?: number } }): Promise<StatementAmendments> {
  const { statement, meeting, party, partyName, can: abilities, now } = await readStatement(actor, input.statementId);
  const pageCan = { amend: abilities.amend, produceRevision: abilities.produceRevision };
  if (!readsNegotiation(actor, meeting)) {
    return { amendments: [], pagination: { page: 1, pageCount: 1, total: 0 }, paragraphs: [], labels: {}, hasCompilation: false, can: pageCan, partyName };
  }

  const { amendments: all, comments } = await readStatementRecords(statement.id);
  const window = pageWindow(input.page ?? 1);
  const pageCount = Math.max(1, Math.ceil(all.length / window.pageSize));
  const page = Math.min(window.page, pageCount);
  // Only this page's amendments are compared word by word, and only their revisions read.
  const rows = all.slice((page - 1) * window.pageSize, page * window.pageSize);
  const numbers = new Set(rows.map((r) => r.revisionNumber));
  if (abilities.amend) numbers.add(statement.circulatedRevision!);
  const revisions = await readParagraphsOfRevisions(statement.id, [...numbers]);
  const { refs, texts } = amendmentTargets(revisions.values());
  const facts = { actor, meeting, statement, party, now };

  const amendments = rows.map((row) => amendmentView(row, { texts, refs, facts }));

  const circulated = abilities.amend ? revisions.get(statement.circulatedRevision!)! : [];
  return {
    amendments,
    pagination: { page, pageCount, total: all.length },
    paragraphs: circulated.map((p) => ({ id: p.id, ref: refs.get(p.id)!, text: p.text })),
    labels: Object.fromEntries(all.map((r, index) => [r.id, { number: r.number, partyName: r.partyName, page: Math.floor(index / window.pageSize) + 1 }])),
    hasCompilation: hasCompilation({ amendments: all, comments }),
    can: pageCan,
    partyName,
  };
}
