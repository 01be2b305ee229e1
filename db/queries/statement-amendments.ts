import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import {
  parties,
  statementAmendments,
  statementAmendmentSponsors,
  statementParagraphs,
  statementRevisions,
  users,
  type AmendmentStatus,
  type NewStatementAmendment,
  type StatementAmendment,
  type StatementParagraph,
} from '../schema';

/** A paragraph with the number of the revision it belongs to: an amendment targets one of the circulated revision. */
export async function findParagraphWithRevision(
  statementId: string,
  paragraphId: string,
  ex: Executor = db,
): Promise<(StatementParagraph & { revisionNumber: number }) | undefined> {
  const [row] = await ex
    .select({ paragraph: statementParagraphs, revisionNumber: statementRevisions.number })
    .from(statementParagraphs)
    .innerJoin(statementRevisions, eq(statementRevisions.id, statementParagraphs.revisionId))
    .where(and(eq(statementParagraphs.id, paragraphId), eq(statementParagraphs.statementId, statementId)));
  return row && { ...row.paragraph, revisionNumber: row.revisionNumber };
}

/** The number the next amendment of a statement gets; call it under the statement's row lock. */
export async function nextAmendmentNumber(statementId: string, ex: Executor): Promise<number> {
  const [row] = await ex
    .select({ last: sql<number>`coalesce(max(${statementAmendments.number}), 0)::int` })
    .from(statementAmendments)
    .where(eq(statementAmendments.statementId, statementId));
  return row!.last + 1;
}

/** The amendments of a paragraph still open (proposed), by number, with the parties that co-sponsor them. */
export function listOpenAmendmentsOfParagraph(paragraphId: string, ex: Executor) {
  return ex
    .select({
      number: statementAmendments.number,
      partyId: statementAmendments.partyId,
      kind: statementAmendments.kind,
      text: statementAmendments.text,
      paragraphKind: statementAmendments.paragraphKind,
      sponsorPartyIds: sql<string[]>`coalesce(array_agg(${statementAmendmentSponsors.partyId}) filter (where ${statementAmendmentSponsors.partyId} is not null), '{}')`,
    })
    .from(statementAmendments)
    .leftJoin(statementAmendmentSponsors, eq(statementAmendmentSponsors.amendmentId, statementAmendments.id))
    .where(and(eq(statementAmendments.paragraphId, paragraphId), eq(statementAmendments.status, 'proposed')))
    .groupBy(statementAmendments.id)
    .orderBy(asc(statementAmendments.number));
}

export async function insertAmendment(values: NewStatementAmendment, ex: Executor): Promise<StatementAmendment> {
  const [amendment] = await ex.insert(statementAmendments).values(values).returning();
  return amendment!;
}

export type AmendmentWithSponsors = StatementAmendment & { revisionNumber: number; sponsorPartyIds: string[] };

/** An amendment with the number of the revision it was proposed against and the parties that co-sponsor it. */
export async function findAmendment(id: string, ex: Executor = db): Promise<AmendmentWithSponsors | undefined> {
  const [row] = await ex
    .select({ amendment: statementAmendments, revisionNumber: statementRevisions.number })
    .from(statementAmendments)
    .innerJoin(statementRevisions, eq(statementRevisions.id, statementAmendments.revisionId))
    .where(eq(statementAmendments.id, id));
  if (!row) return undefined;
  const sponsors = await ex
    .select({ partyId: statementAmendmentSponsors.partyId })
    .from(statementAmendmentSponsors)
    .where(eq(statementAmendmentSponsors.amendmentId, id));
  return { ...row.amendment, revisionNumber: row.revisionNumber, sponsorPartyIds: sponsors.map((s) => s.partyId) };
}

/**
 * Changes an amendment only if it still has the status the caller checked (`where status = ...`);
 * undefined when it moved meanwhile.
 */
export async function updateAmendmentFrom(
  id: string,
  from: AmendmentStatus,
  values: Partial<NewStatementAmendment>,
  ex: Executor,
): Promise<StatementAmendment | undefined> {
  const [amendment] = await ex
    .update(statementAmendments)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(statementAmendments.id, id), eq(statementAmendments.status, from)))
    .returning();
  return amendment;
}

export async function insertAmendmentSponsor(values: { amendmentId: string; partyId: string; userId: string }, ex: Executor): Promise<void> {
  await ex.insert(statementAmendmentSponsors).values(values);
}

/** Removes a party's support of an amendment; false if it gave none. */
export async function deleteAmendmentSponsor(values: { amendmentId: string; partyId: string }, ex: Executor): Promise<boolean> {
  const deleted = await ex
    .delete(statementAmendmentSponsors)
    .where(and(eq(statementAmendmentSponsors.amendmentId, values.amendmentId), eq(statementAmendmentSponsors.partyId, values.partyId)))
    .returning({ amendmentId: statementAmendmentSponsors.amendmentId });
  return deleted.length > 0;
}

const proposers = alias(users, 'proposers');
const deciders = alias(users, 'deciders');

export type AmendmentRow = StatementAmendment & {
  revisionNumber: number;
  partyName: string;
  proposerName: string | null;
  deciderName: string | null;
};

/** Every amendment of a statement, in the order of their numbers, with the names of who proposed and decided it. */
export async function listStatementAmendments(statementId: string, ex: Executor = db): Promise<AmendmentRow[]> {
  const rows = await ex
    .select({
      amendment: statementAmendments,
      revisionNumber: statementRevisions.number,
      partyName: parties.name,
      proposerName: proposers.name,
      deciderName: deciders.name,
    })
    .from(statementAmendments)
    .innerJoin(statementRevisions, eq(statementRevisions.id, statementAmendments.revisionId))
    .innerJoin(parties, eq(parties.id, statementAmendments.partyId))
    .leftJoin(proposers, eq(proposers.id, statementAmendments.proposedByUserId))
    .leftJoin(deciders, eq(deciders.id, statementAmendments.decidedByUserId))
    .where(eq(statementAmendments.statementId, statementId))
    .orderBy(asc(statementAmendments.number));
  return rows.map(({ amendment, ...names }) => ({ ...amendment, ...names }));
}

/** The accepted amendments of one revision not yet merged into a later one. */
export function listMergeableAmendments(revisionId: string, ex: Executor = db): Promise<StatementAmendment[]> {
  return ex
    .select()
    .from(statementAmendments)
    .where(and(eq(statementAmendments.revisionId, revisionId), eq(statementAmendments.status, 'accepted'), isNull(statementAmendments.mergedIntoRevision)))
    .orderBy(asc(statementAmendments.number));
}

/** Marks accepted amendments as merged into a revision; guarded so an amendment is merged once. */
export async function markAmendmentsMerged(ids: readonly string[], revision: number, ex: Executor): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await ex
    .update(statementAmendments)
    .set({ mergedIntoRevision: revision, updatedAt: sql`now()` })
    .where(and(inArray(statementAmendments.id, [...ids]), eq(statementAmendments.status, 'accepted'), isNull(statementAmendments.mergedIntoRevision)))
    .returning({ id: statementAmendments.id });
  return rows.length;
}

/** Whether the statement gave an amendment this number. */
export async function hasAmendmentNumbered(statementId: string, number: number, ex: Executor = db): Promise<boolean> {
  const [row] = await ex
    .select({ id: statementAmendments.id })
    .from(statementAmendments)
    .where(and(eq(statementAmendments.statementId, statementId), eq(statementAmendments.number, number)));
  return row !== undefined;
}
