import 'server-only';
import type { Tx } from '@/db/client';
import { findDocumentSummary, type DocumentSummary } from '@/db/queries/documents';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';

/**
 * The way into a change of a paper: "not found" when there is none, refused once its meeting is
 * cancelled, and read again under its meeting's lock, so the change starts from the paper as it is.
 */
export async function lockDocumentForChange(tx: Tx, documentId: string): Promise<DocumentSummary> {
  const found = await findDocumentSummary(documentId, tx);
  if (!found) throw new AppError('NOT_FOUND', 'notFound');
  await lockMeetingForChange(tx, found.meetingId, {
    assertAccepts: (m) => {
      if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelled');
    },
  });
  return (await findDocumentSummary(documentId, tx))!;
}
