import 'server-only';
import type { Tx } from '@/db/client';
import { ensureAgenda } from '@/db/queries/agenda';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { Agenda, AgendaItem } from '@/db/schema';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertChangeReason } from './lifecycle';

/**
 * The way into any change of a meeting's agenda: the meeting's row lock (so two changes never
 * interleave and the meeting is still open for them), the agenda row, the reason an adopted agenda
 * needs, and the version the user's screen showed.
 */
export async function lockAgendaForChange(
  tx: Tx,
  meetingId: string,
  options: { reason?: string | null; basedOnVersion?: number; assertAccepts?: (meeting: MeetingDetail) => void } = {},
): Promise<{ meeting: MeetingDetail; agenda: Agenda }> {
  const meeting = await lockMeetingForChange(tx, meetingId, options.assertAccepts ? { assertAccepts: options.assertAccepts } : {});
  const agenda = await ensureAgenda(meetingId, tx);
  if (options.basedOnVersion !== undefined && options.basedOnVersion !== agenda.version) {
    throw new AppError('CONFLICT', 'agendaChangedMeanwhile');
  }
  if ('reason' in options) assertChangeReason(agenda.status, options.reason);
  return { meeting, agenda };
}

/** At the meeting: items are taken up and concluded only while it is in session. */
export function assertInSession(meeting: MeetingDetail): void {
  if (meeting.status !== 'in_session') throw new AppError('INVALID_STATE', 'agendaMeetingNotInSession');
}

/** An item's fields as its audit events keep them (status and kind named apart from the meeting's). */
export function auditedItem(item: AgendaItem) {
  return {
    title: item.title,
    annotation: item.annotation,
    itemKind: item.kind,
    presenterKind: item.presenterKind,
    presenterPartyId: item.presenterPartyId,
    presenterName: item.presenterName,
    durationMinutes: item.durationMinutes,
    isRecurring: item.isRecurring,
  };
}
export const auditedItemFields = [
  'title',
  'annotation',
  'itemKind',
  'presenterKind',
  'presenterPartyId',
  'presenterName',
  'durationMinutes',
  'isRecurring',
] as const;
