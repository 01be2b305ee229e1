import 'server-only';
import { db } from '@/db/client';
import type { DocumentSummary } from '@/db/queries/documents';
import { AppError, isUniqueViolation } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { checkDocumentFile } from './file-type';
import { issueDocument } from './issue-document';
import type { UploadDocumentInput } from './schemas';

// Staff upload a meeting document; it gets the next UN-style symbol of its kind at the meeting.
export async function uploadDocument({ actor, input }: { actor: Actor; input: UploadDocumentInput }): Promise<DocumentSummary> {
  assertCan(actor, 'meetings:manage');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkDocumentFile(input.file.name, bytes);
  if (!checked.ok) throw new AppError('INVALID_STATE', checked.reason, { file: checked.reason });
  try {
    return await db.transaction(async (tx) => {
      // A concluded meeting still receives its report and final texts; a cancelled one nothing.
      const meeting = await lockMeetingForChange(tx, input.meetingId, {
        assertAccepts: (m) => {
          if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelled');
        },
      });
      return await issueDocument(tx, actor, meeting, {
        relation: input.relation,
        parentId: input.parentId,
        kind: input.kind,
        title: input.title,
        language: input.language,
        isPublic: input.isPublic,
        contentType: checked.type.contentType,
        content: bytes,
        fileName: input.file.name,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'documents_symbol_language_unique')) {
      throw new AppError('CONFLICT', 'languageVersionExists', { language: 'languageVersionExists' });
    }
    throw error;
  }
}
