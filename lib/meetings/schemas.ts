import { z } from 'zod';
import { meetingFormats, meetingStatuses } from './values';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalId, optionalText, requiredText } from '../schemas';
import { isLocalDateTime, isValidTimeZone } from '../time-zones';

const isoDate = z.iso.date({ error: 'dateInvalid' });

/** A date-time as a datetime-local input gives it ("2023-11-23T09:30"), in the meeting's time zone. */
const localDateTime = z.string({ error: 'dateTimeInvalid' }).refine(isLocalDateTime, { error: 'dateTimeInvalid' });
const optionalLocalDateTime = z
  .union([z.literal(''), z.null(), localDateTime], { error: 'dateTimeInvalid' })
  .transform((value) => value || null);

const meetingNumber = z.coerce
  .number({ error: 'numberInvalid' })
  .int({ error: 'numberInvalid' })
  .min(1, { error: 'numberInvalid' })
  .max(999, { error: 'numberInvalid' });

const timeZone = z.string({ error: 'timeZoneInvalid' }).refine(isValidTimeZone, { error: 'timeZoneInvalid' });

const meetingFields = z.object({
  seriesId: z.uuid({ error: 'seriesInvalid' }),
  number: meetingNumber,
  title: requiredText(3, 300, 'titleRequired'),
  startDate: isoDate,
  endDate: isoDate,
  timeZone,
  city: optionalText(120),
  hostPartyId: optionalId('partyInvalid'),
  venue: optionalText(300),
  format: z.enum(meetingFormats, { error: 'formatInvalid' }),
  chairUserId: optionalId('chairInvalid'),
  registrationOpensAt: optionalLocalDateTime,
  registrationClosesAt: optionalLocalDateTime,
  description: optionalText(5000),
});

type MeetingFields = z.output<typeof meetingFields>;

// Local date-times of one zone compare correctly as strings ("2023-11-01T09:00" < "2023-11-10T18:00").
function withMeetingRules<S extends z.ZodType<MeetingFields>>(schema: S) {
  return schema
    .refine((m) => m.endDate >= m.startDate, { error: 'endBeforeStart', path: ['endDate'] })
    .refine((m) => !m.registrationOpensAt || !m.registrationClosesAt || m.registrationClosesAt > m.registrationOpensAt, {
      error: 'closesBeforeOpens',
      path: ['registrationClosesAt'],
    });
}

export const createMeetingSchema = withMeetingRules(meetingFields);
export type CreateMeetingInput = z.output<typeof createMeetingSchema>;

/** The version the form showed: a save over a newer one is refused (lib/meetings/lock-meeting.ts). */
export const versionSchema = z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).positive({ error: 'invalid' });

export const updateMeetingSchema = withMeetingRules(meetingFields.extend({ meetingId: idSchema, version: versionSchema }));
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;

export const changeMeetingStatusSchema = z
  .object({
    meetingId: idSchema,
    status: z.enum(meetingStatuses, { error: 'statusInvalid' }),
    reason: optionalText(1000),
    /** The user saw that today is not one of the meeting's days, and goes on. */
    confirmOutsideDates: z.boolean({ error: 'invalid' }).default(false),
  })
  .refine((v) => v.status !== 'cancelled' || (v.reason?.length ?? 0) >= 3, {
    error: 'cancellationReasonRequired',
    path: ['reason'],
  });
export type ChangeMeetingStatusInput = z.output<typeof changeMeetingStatusSchema>;

export const planNextMeetingSchema = z.object({
  meetingId: idSchema,
  startDate: isoDate,
  title: requiredText(3, 300, 'titleRequired'),
  /** Start the new meeting's provisional agenda with this one's recurring items (lib/agenda). */
  copyRecurringAgendaItems: z.boolean({ error: 'invalid' }).optional(),
});
export type PlanNextMeetingInput = z.output<typeof planNextMeetingSchema>;

/** A sitting as the timetable forms take it, times in the meeting's zone. */
const sessionFields = {
  title: requiredText(2, 200, 'titleRequired'),
  startsAt: localDateTime,
  endsAt: localDateTime,
  room: optionalText(120),
};
const endsAfterStart = (s: { startsAt: string; endsAt: string }) => s.endsAt > s.startsAt;
const endBeforeStart = { error: 'endBeforeStart', path: ['endsAt'] };

export const addSessionSchema = z.object({ meetingId: idSchema, ...sessionFields }).refine(endsAfterStart, endBeforeStart);
export type AddSessionInput = z.output<typeof addSessionSchema>;

export const editSessionSchema = z.object({ sessionId: idSchema, ...sessionFields }).refine(endsAfterStart, endBeforeStart);
export type EditSessionInput = z.output<typeof editSessionSchema>;

export const removeSessionSchema = z.object({ sessionId: idSchema });
export type RemoveSessionInput = z.output<typeof removeSessionSchema>;

export const findMeetingsSchema = z.object({
  page: pageNumberSchema,
  series: z.string().trim().max(20).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
});
export type FindMeetingsInput = z.output<typeof findMeetingsSchema>;

/** The programme's calendar: every series, or one by its code. */
export const programmeCalendarSchema = findMeetingsSchema.pick({ series: true });
export type ProgrammeCalendarInput = z.output<typeof programmeCalendarSchema>;
