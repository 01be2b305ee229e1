import 'server-only';
import type { Tx } from '@/db/client';
import {
  findDocumentSummary,
  insertDocument,
  latestSequence,
  latestVariantNumber,
  type DocumentSummary,
} from '@/db/queries/documents';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { DocumentKind, DocumentLanguage, DocumentVariant } from './values';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { documentSymbolPrefix } from '../config';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import type { DocumentRelation } from './schemas';
import { formatDocumentSymbol } from './symbols';

type Numbering = Pick<DocumentSummary, 'kind' | 'sequence' | 'variant' | 'variantNumber' | 'parentId'>;

export type IssueDocumentInput = {
  relation: DocumentRelation;
  /** The document this one translates, revises, adds to or corrects; null for a new one. */
  parentId: string | null;
  kind: DocumentKind;
  title: string;
  language: DocumentLanguage;
  isPublic: boolean;
  contentType: string;
  /** The file's bytes, or a renderer given the symbol, for papers the app draws itself. */
  content: Uint8Array | ((symbol: string) => Promise<Uint8Array>);
  /** The uploaded file's name; generated papers are named after their symbol. */
  fileName?: string;
};

const variantOf: Partial<Record<DocumentRelation, DocumentVariant>> = {
  revision: 'revision',
  addendum: 'addendum',
  corrigendum: 'corrigendum',
};

/** Where the document sits in the meeting's numbering: the next free number, or beside its parent. */
async function numberingFor(meetingId: string, input: IssueDocumentInput, tx: Tx): Promise<Numbering> {
  if (input.relation === 'new') {
    const sequence = (await latestSequence(meetingId, input.kind, tx)) + 1;
    return { kind: input.kind, sequence, variant: 'original', variantNumber: 0, parentId: null };
  }
  const parent = input.parentId ? await findDocumentSummary(input.parentId, tx) : undefined;
  if (!parent || parent.meetingId !== meetingId) {
    throw new AppError('NOT_FOUND', 'documentInvalid', { parentId: 'documentInvalid' });
  }
  if (parent.withdrawnAt) throw new AppError('INVALID_STATE', 'documentParentWithdrawn', { parentId: 'documentParentWithdrawn' });
  if (input.relation === 'translation') {
    const { kind, sequence, variant, variantNumber, parentId } = parent;
    return { kind, sequence, variant, variantNumber, parentId };
  }
  // A revision of a revision is the next revision of the original: Rev.2, never Rev.1/Rev.1.
  const root = parent.parentId ? await findDocumentSummary(parent.parentId, tx) : parent;
  if (!root) throw new AppError('NOT_FOUND', 'documentInvalid', { parentId: 'documentInvalid' });
  const variant = variantOf[input.relation]!;
  // Counted over every language version of the original, so a revision made from the Chinese text
  // after an English Rev.1 is Rev.2, not a second Rev.1.
  const variantNumber = (await latestVariantNumber(root, variant, tx)) + 1;
  return { kind: root.kind, sequence: root.sequence, variant, variantNumber, parentId: root.id };
}

/**
 * Gives a document the meeting's next UN-style symbol of its kind and stores it with its audit
 * event: uploads and the papers the app issues itself (agendas, the list of participants) are
 * numbered by this one rule. The caller holds the meeting's lock (`lockMeetingForChange`), so two
 * documents never take the same number.
 */
export async function issueDocument(
  tx: Tx,
  actor: Actor,
  meeting: Pick<MeetingDetail, 'id' | 'seriesCode' | 'number'>,
  input: IssueDocumentInput,
): Promise<DocumentSummary> {
  const numbering = await numberingFor(meeting.id, input, tx);
  const symbol = formatDocumentSymbol({
    prefix: documentSymbolPrefix,
    seriesCode: meeting.seriesCode,
    meetingNumber: meeting.number,
    ...numbering,
  });
  const bytes = typeof input.content === 'function' ? await input.content(symbol) : input.content;
  const document = await insertDocument(
    {
      meetingId: meeting.id,
      ...numbering,
      symbol,
      title: input.title,
      language: input.language,
      isPublic: input.isPublic,
      fileName: input.fileName ?? `${symbol.replace(/[/\\]+/g, '-')}.pdf`,
      contentType: input.contentType,
      byteSize: bytes.byteLength,
      content: Buffer.from(bytes),
      uploadedByUserId: actor.id,
    },
    tx,
  );
  await recordAudit(tx, actor, {
    action: 'document.uploaded',
    entityType: 'document',
    entityId: document.id,
    change: { fields: recordFields(document, ['symbol', 'title', 'language', 'isPublic', 'fileName']) },
  });
  return document;
}
