import 'server-only';
import { findDocumentWithContent } from '@/db/queries/documents';
import { findMeetingDetail } from '@/db/queries/meetings';
import type { Document } from '@/db/schema';
import { AppError } from '../errors';
import { can, type Actor } from '../permissions';

// Opens a document's file: public ones for anyone, restricted ones for staff and the meeting's chair,
// withdrawn ones for staff alone. Anyone else is told "not found", so nothing is given away.
export async function getDocumentFile({ actor, input }: { actor: Actor | null; input: { documentId: string } }): Promise<Document> {
  const document = await findDocumentWithContent(input.documentId);
  if (!document) throw new AppError('NOT_FOUND', 'notFound');
  if (document.withdrawnAt) {
    if (!actor || !can(actor, 'meetings:manage')) throw new AppError('NOT_FOUND', 'notFound');
    return document;
  }
  if (document.isPublic) return document;
  const meeting = await findMeetingDetail(document.meetingId);
  if (!actor || !meeting || !can(actor, 'meetings:readRestricted', { meeting })) throw new AppError('NOT_FOUND', 'notFound');
  return document;
}
