import 'server-only';
import { and, asc, count, eq, isNull, max, or } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { agendas, documents, statements, type Document, type DocumentKind, type DocumentVariant, type NewDocument } from '../schema';

/** A document without its file: what lists and pages show. */
export type DocumentSummary = Omit<Document, 'content'>;

const summaryColumns = {
  id: documents.id,
  meetingId: documents.meetingId,
  kind: documents.kind,
  sequence: documents.sequence,
  variant: documents.variant,
  variantNumber: documents.variantNumber,
  parentId: documents.parentId,
  symbol: documents.symbol,
  title: documents.title,
  language: documents.language,
  isPublic: documents.isPublic,
  fileName: documents.fileName,
  contentType: documents.contentType,
  byteSize: documents.byteSize,
  uploadedByUserId: documents.uploadedByUserId,
  createdAt: documents.createdAt,
  withdrawnAt: documents.withdrawnAt,
  withdrawalReason: documents.withdrawalReason,
};

/** A meeting's papers in the order of their symbols, as every list shows them. */
export const documentOrder = [asc(documents.kind), asc(documents.sequence), asc(documents.variant), asc(documents.variantNumber), asc(documents.language)];

export async function findDocumentSummary(id: string, ex: Executor = db): Promise<DocumentSummary | undefined> {
  const [document] = await ex.select(summaryColumns).from(documents).where(eq(documents.id, id));
  return document;
}

/** Makes a paper public or restricted, if it is still as the caller saw it; undefined otherwise. */
export async function updateDocumentAccess(id: string, from: boolean, to: boolean, ex: Executor): Promise<DocumentSummary | undefined> {
  const [document] = await ex
    .update(documents)
    .set({ isPublic: to })
    .where(and(eq(documents.id, id), eq(documents.isPublic, from)))
    .returning(summaryColumns);
  return document;
}

/** Withdraws a paper not yet withdrawn; undefined when it was withdrawn meanwhile. */
export async function markDocumentWithdrawn(id: string, withdrawal: { at: Date; reason: string }, ex: Executor): Promise<DocumentSummary | undefined> {
  const [document] = await ex
    .update(documents)
    .set({ withdrawnAt: withdrawal.at, withdrawalReason: withdrawal.reason })
    .where(and(eq(documents.id, id), isNull(documents.withdrawnAt)))
    .returning(summaryColumns);
  return document;
}

/** Whether a published statement was issued as this paper: its public page serves it. */
export async function isStatementPaper(id: string, ex: Executor): Promise<boolean> {
  const [row] = await ex.select({ id: statements.id }).from(statements).where(eq(statements.documentId, id)).limit(1);
  return Boolean(row);
}

/** Whether the meeting's agenda, or its annotations, were issued as this paper (their revisions number from it). */
export async function isAgendaPaper(id: string, ex: Executor): Promise<boolean> {
  const [row] = await ex
    .select({ meetingId: agendas.meetingId })
    .from(agendas)
    .where(or(eq(agendas.agendaDocumentId, id), eq(agendas.annotationsDocumentId, id)))
    .limit(1);
  return Boolean(row);
}

export function findDocumentWithContent(id: string, ex: Executor = db): Promise<Document | undefined> {
  return ex.query.documents.findFirst({ where: eq(documents.id, id) });
}

/** The highest sequence number used for a kind of document at a meeting (0 when none). */
export async function latestSequence(meetingId: string, kind: DocumentKind, ex: Executor = db): Promise<number> {
  const [row] = await ex
    .select({ latest: max(documents.sequence) })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), eq(documents.kind, kind)));
  return row?.latest ?? 0;
}

/**
 * The highest revision, addendum or corrigendum number a document has had (0 when none), in any of
 * its languages: the number belongs to the symbol, not to one language version.
 */
export async function latestVariantNumber(
  document: Pick<Document, 'meetingId' | 'kind' | 'sequence'>,
  variant: DocumentVariant,
  ex: Executor = db,
): Promise<number> {
  const [row] = await ex
    .select({ latest: max(documents.variantNumber) })
    .from(documents)
    .where(
      and(
        eq(documents.meetingId, document.meetingId),
        eq(documents.kind, document.kind),
        eq(documents.sequence, document.sequence),
        eq(documents.variant, variant),
      ),
    );
  return row?.latest ?? 0;
}

export async function insertDocument(values: NewDocument, ex: Executor = db): Promise<DocumentSummary> {
  const [document] = await ex.insert(documents).values(values).returning(summaryColumns);
  if (!document) throw new Error('insert into documents returned no row');
  return document;
}

export async function countMeetingDocuments(meetingId: string, ex: Executor = db): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(documents).where(eq(documents.meetingId, meetingId));
  return row?.n ?? 0;
}

export type PaperFile = Pick<Document, 'symbol' | 'language' | 'fileName' | 'content' | 'createdAt'>;

/**
 * A meeting's papers with their files, in the order of their symbols, for those who take them all at
 * once: never the withdrawn, and the restricted only when asked for (their files are not even read otherwise).
 */
export function listPaperFiles(meetingId: string, { withRestricted }: { withRestricted: boolean }, ex: Executor = db): Promise<PaperFile[]> {
  return ex
    .select({
      symbol: documents.symbol,
      language: documents.language,
      fileName: documents.fileName,
      content: documents.content,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), isNull(documents.withdrawnAt), withRestricted ? undefined : eq(documents.isPublic, true)))
    .orderBy(...documentOrder);
}
