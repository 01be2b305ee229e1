import 'server-only';
import type { Tx } from '@/db/client';
import { findAgendaItem } from '@/db/queries/agenda';
import { AppError } from '../errors';
import { isRatingAllowed } from './rules';
import type { ReviewFieldsInput } from './schemas';
import type { ProjectStatus } from './values';

/**
 * What a review may say, checked under the meeting's lock whether it is prepared or corrected: a
 * rating the project's status allows, a deadline before the meeting ends, and an agenda item of
 * kind "Project review" on that meeting's agenda. Agenda changes take the meeting's lock too, so
 * the item cannot move to another kind meanwhile.
 */
export async function checkReviewFields(
  tx: Tx,
  input: ReviewFieldsInput,
  meeting: { id: string; endDate: string },
  projectStatus: ProjectStatus,
): Promise<void> {
  if (!isRatingAllowed(input.rating, projectStatus)) throw new AppError('INVALID_STATE', 'invalid', { rating: 'ratingNotAllowed' });
  if (input.commentDeadline > meeting.endDate) throw new AppError('INVALID_STATE', 'invalid', { commentDeadline: 'deadlineAfterMeeting' });
  if (input.agendaItemId) {
    const item = await findAgendaItem(input.agendaItemId, tx);
    if (!item) throw new AppError('INVALID_STATE', 'invalid', { agendaItemId: 'agendaItemInvalid' });
    if (item.meetingId !== meeting.id) throw new AppError('INVALID_STATE', 'invalid', { agendaItemId: 'agendaItemOtherMeeting' });
    if (item.kind !== 'project_review') throw new AppError('INVALID_STATE', 'invalid', { agendaItemId: 'agendaItemNotProjectReview' });
  }
}
