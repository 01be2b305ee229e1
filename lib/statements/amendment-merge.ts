import 'server-only';
import type { Executor } from '@/db/client';
import { listMergeableAmendments } from '@/db/queries/statement-amendments';
import { findRevision, findRevisionParagraphs } from '@/db/queries/statements';
import type { Statement, StatementAmendment, StatementParagraph } from '@/db/schema';
import { acceptedForMerge } from './amendment-rules';
import { mergeAmendments, type MergeConflict } from './merge-amendments';

export type MergePlan = {
  /** The circulated revision, which the accepted amendments were proposed against. */
  base: StatementParagraph[];
  accepted: StatementAmendment[];
  /** The paragraphs two or more accepted amendments rewrite: the user settles each. */
  conflicts: MergeConflict[];
};

/** What producing the next revision of a circulated statement would merge, and where the user must decide. */
export async function loadMergePlan(statement: Statement, ex?: Executor): Promise<MergePlan> {
  const number = statement.circulatedRevision!;
  const [revision, base] = await Promise.all([findRevision(statement.id, number, ex), findRevisionParagraphs(statement.id, number, ex)]);
  return mergePlanOf(base, await listMergeableAmendments(revision!.id, ex));
}

/** The plan for paragraphs and accepted amendments already read: what a page derives from its records. */
export function mergePlanOf(base: StatementParagraph[], accepted: StatementAmendment[]): MergePlan {
  const merged = mergeAmendments(base, accepted.map(acceptedForMerge));
  return { base, accepted, conflicts: merged.ok ? [] : merged.conflicts };
}
