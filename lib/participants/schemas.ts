import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema } from '../schemas';

export const meetingIdSchema = z.object({ meetingId: idSchema });

export const checkInSchema = z.object({
  meetingId: idSchema,
  registrationId: idSchema,
  /** The day to record; left out, today where the meeting is held. */
  day: z.iso.date({ error: 'checkInDayInvalid' }).optional(),
});
export type CheckInInput = z.infer<typeof checkInSchema>;

/** A check-in recorded by mistake: the person and the day. */
export const undoCheckInSchema = checkInSchema.required({ day: true });
export type UndoCheckInInput = z.infer<typeof undoCheckInSchema>;

/** The check-in page's search: a part of a name, and the page of results. */
export const checkInSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageNumberSchema,
});
export type CheckInSearch = z.infer<typeof checkInSearchSchema>;
