import 'server-only';
import { listMeetingInvitations, type InvitationListRow } from '@/db/queries/invitations';
import { AppError } from '../errors';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { isMeetingFrozen } from '../meetings/lifecycle';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { invitationStatus, type InvitationStatus } from './tokens';

export type InvitationRow = InvitationListRow & { status: InvitationStatus };

// Staff see whom they invited to a meeting, and whether each invitation was accepted or has expired.
export async function findInvitations({ actor, input, now = new Date() }: { actor: Actor; input: { meetingId: string }; now?: Date }) {
  assertCan(actor, 'users:manage');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const [meeting, rows] = await Promise.all([findMeetingOrNotFound(input.meetingId), listMeetingInvitations(input.meetingId)]);
  const invitations: InvitationRow[] = rows.map((row) => ({ ...row, status: invitationStatus(row, now) }));
  return {
    meeting: { id: meeting.id, title: meeting.title, timeZone: meeting.timeZone },
    invitations,
    /** A concluded or cancelled meeting invites no one (createInvitation refuses it too). */
    canInvite: !isMeetingFrozen(meeting.status),
  };
}
