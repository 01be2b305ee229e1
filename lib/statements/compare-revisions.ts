import 'server-only';
import { findRevisionParagraphs, listRevisions } from '@/db/queries/statements';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { compareRevisions, type ParagraphComparison } from './compare';
import { readStatement, type ReadableStatement } from './read-statement';

export type RevisionComparison = ReadableStatement & {
  from: number;
  to: number;
  revisionNumbers: number[];
  paragraphs: ParagraphComparison[];
};

// Compares any two revisions of a statement word by word, the older on the left whichever order
// they were asked in.
export async function getRevisionComparison({
  actor,
  input,
}: {
  actor: Actor;
  input: { statementId: string; from?: number; to?: number };
}): Promise<RevisionComparison> {
  const readable = await readStatement(actor, input.statementId);
  const revisions = await listRevisions(readable.statement.id);
  const numbers = revisions.map((r) => r.number).sort((a, b) => a - b);
  const second = input.to ?? numbers.at(-1)!;
  const first = input.from ?? Math.max(1, second - 1);
  if (!numbers.includes(first) || !numbers.includes(second)) throw new AppError('NOT_FOUND', 'statementNotFound');
  const [from, to] = [Math.min(first, second), Math.max(first, second)];
  const [before, after] = await Promise.all([findRevisionParagraphs(readable.statement.id, from), findRevisionParagraphs(readable.statement.id, to)]);
  return { ...readable, from, to, revisionNumbers: numbers, paragraphs: compareRevisions(before, after) };
}
