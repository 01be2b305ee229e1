import 'server-only';
import { listPaperFiles } from '@/db/queries/documents';
import { findMeetingDetail } from '@/db/queries/meetings';
import { documentSymbolPrefix } from '../config';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { can, type Actor } from '../permissions';
import { papersPackageFileName } from './file-names';
import { packPapers } from './papers-package';
import { meetingSymbol } from './symbols';

export type PapersPackage = { fileName: string; content: Uint8Array };

// A meeting's papers in one file, as its page lists them for the reader: the public ones for anyone, the
// restricted too for staff and the meeting's chair, the withdrawn for no one. With none to give, or no
// such meeting, there is nothing to find.
export async function getPapersPackage({ actor, input }: { actor: Actor | null; input: { meetingId: string } }): Promise<PapersPackage> {
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const meeting = await findMeetingDetail(input.meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const withRestricted = actor !== null && can(actor, 'meetings:readRestricted', { meeting });
  const papers = await listPaperFiles(meeting.id, { withRestricted });
  if (papers.length === 0) throw new AppError('NOT_FOUND', 'notFound');
  return {
    fileName: papersPackageFileName(meetingSymbol({ prefix: documentSymbolPrefix, seriesCode: meeting.seriesCode, meetingNumber: meeting.number })),
    content: await packPapers(papers),
  };
}
