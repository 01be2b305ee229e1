import 'server-only';
import { db } from '@/db/client';
import type { DocumentSummary } from '@/db/queries/documents';
import { findFirstParticipantList, listApprovedParticipants } from '@/db/queries/participants';
import { AppError } from '../errors';
import { issueDocument } from '../documents/issue-document';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { participantListTitle } from './get-participant-list';
import { renderParticipantListPdf } from './list-pdf';
import { meetingLine } from './meeting-line';

/**
 * Staff issue the list of participants as a meeting document. The first issue is the meeting's next
 * INF document (ESCAP/NEASPEC/SOM(26)/INF/3); each later issue is a revision of that first list
 * (INF/3/Rev.1, Rev.2 ...), as a UN secretariat reissues a list that changed rather than numbering
 * a new paper: delegations cite one symbol, and the latest revision supersedes the others. Only
 * participants who consented are listed in a public paper, so the document is restricted unless
 * the secretariat publishes it.
 */
export async function issueParticipantList({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<DocumentSummary> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId, {
      assertAccepts: (m) => {
        if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelled');
      },
    });
    const [participants, first] = await Promise.all([
      listApprovedParticipants(meeting.id, {}, tx),
      findFirstParticipantList(meeting.id, participantListTitle, tx),
    ]);
    return issueDocument(tx, actor, meeting, {
      relation: first ? 'revision' : 'new',
      parentId: first?.id ?? null,
      kind: 'information',
      title: participantListTitle,
      language: 'en',
      isPublic: false,
      contentType: 'application/pdf',
      content: (symbol) =>
        renderParticipantListPdf({ symbol, meetingTitle: meeting.title, meetingLine: meetingLine(meeting), title: participantListTitle }, participants),
    });
  });
}
