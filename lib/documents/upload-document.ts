import 'server-only';
import { db, type Tx } from '@/db/client';
import {
  findDocumentSummary,
  insertDocument,
  latestSequence,
  latestVariantNumber,
  type DocumentSummary,
} from '@/db/queries/documents';
import type { DocumentVariant } from './values';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { documentSymbolPrefix } from '../config';
import { AppError, isUniqueViolation } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { checkDocumentFile } from './file-type';
import type { DocumentRelation, UploadDocumentInput } from './schemas';
import { formatDocumentSymbol } from './symbols';

type Numbering = Pick<DocumentSummary, 'kind' | 'sequence' | 'variant' | 'variantNumber' | 'parentId'>;

const variantOf: Partial<Record<DocumentRelation, DocumentVariant>> = {
  revision: 'revision',
  addendum: 'addendum',
  corrigendum: 'corrigendum',
};

/** Where the upload sits in the meeting's numbering: the next free number, or beside its parent. */
async function numberingFor(input: UploadDocumentInput, tx: Tx): Promise<Numbering> {
  if (input.relation === 'new') {
    const sequence = (await latestSequence(input.meetingId, input.kind, tx)) + 1;
    return { kind: input.kind, sequence, variant: 'original', variantNumber: 0, parentId: null };
  }
  const parent = input.parentId ? await findDocumentSummary(input.parentId, tx) : undefined;
  if (!parent || parent.meetingId !== input.meetingId) {
    throw new AppError('NOT_FOUND', 'documentInvalid', { parentId: 'documentInvalid' });
  }
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

// Staff upload a meeting document; it gets the next UN-style symbol of its kind at the meeting.
export async function uploadDocument({ actor, input }: { actor: Actor; input: UploadDocumentInput }): Promise<DocumentSummary> {
  assertCan(actor, 'meetings:manage');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkDocumentFile(input.file.name, bytes);
  if (!checked.ok) throw new AppError('INVALID_STATE', checked.reason, { file: checked.reason });
  try {
    return await db.transaction(async (tx) => {
      // Uploads to one meeting are numbered one at a time under its lock, so two never take the same
      // number. A concluded meeting still receives its report and final texts; a cancelled one nothing.
      const meeting = await lockMeetingForChange(tx, input.meetingId, {
        assertAccepts: (m) => {
          if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelled');
        },
      });
      const numbering = await numberingFor(input, tx);
      const symbol = formatDocumentSymbol({
        prefix: documentSymbolPrefix,
        seriesCode: meeting.seriesCode,
        meetingNumber: meeting.number,
        ...numbering,
      });
      const document = await insertDocument(
        {
          meetingId: meeting.id,
          ...numbering,
          symbol,
          title: input.title,
          language: input.language,
          isPublic: input.isPublic,
          fileName: input.file.name,
          contentType: checked.type.contentType,
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
    });
  } catch (error) {
    if (isUniqueViolation(error, 'documents_symbol_language_unique')) {
      throw new AppError('CONFLICT', 'languageVersionExists', { language: 'languageVersionExists' });
    }
    throw error;
  }
}
