import { z } from 'zod';
import { idSchema } from '../schemas';
import { floorRequestStatuses } from './values';

/** A delegation asks for the floor on the item it sees in discussion. */
export const requestFloorSchema = z.object({ itemId: idSchema });
export type RequestFloorInput = z.infer<typeof requestFloorSchema>;

/** The chair gives the floor, closes a speaker or strikes a request off; a delegation withdraws its own. */
export const changeFloorRequestSchema = z.object({
  requestId: idSchema,
  status: z.enum(floorRequestStatuses, { error: 'floorStatusInvalid' }),
});
export type ChangeFloorRequestInput = z.infer<typeof changeFloorRequestSchema>;

/** The fewest and most minutes a speaker may be given: the database holds the same range in seconds. */
export const speakingTimeMinutes = { min: 1, max: 30 } as const;

/** The chair sets how many minutes each speaker has, or clears it (empty) for no limit. */
export const setSpeakingTimeSchema = z.object({
  meetingId: idSchema,
  minutes: z
    .union([z.literal(''), z.null(), z.coerce.number({ error: 'speakingTimeInvalid' })], { error: 'speakingTimeInvalid' })
    .transform((value) => (value === '' || value === null ? null : value))
    .refine((value) => value === null || (Number.isInteger(value) && value >= speakingTimeMinutes.min && value <= speakingTimeMinutes.max), {
      error: 'speakingTimeInvalid',
    }),
});
export type SetSpeakingTimeInput = z.infer<typeof setSpeakingTimeSchema>;

/** What the chair puts on the room's screen: the speakers' list, a statement of the meeting, one of its amendments, or its text as amended so far. */
export const showOnRoomScreenSchema = z.discriminatedUnion(
  'shows',
  [
    z.object({ meetingId: idSchema, shows: z.literal('floor') }),
    z.object({ meetingId: idSchema, shows: z.literal('statement'), statementId: idSchema }),
    z.object({ meetingId: idSchema, shows: z.literal('amended'), statementId: idSchema }),
    z.object({
      meetingId: idSchema,
      shows: z.literal('amendment'),
      statementId: idSchema,
      amendmentNumber: z.coerce.number({ error: 'notFound' }).int({ error: 'notFound' }).positive({ error: 'notFound' }),
    }),
  ],
  { error: 'floorScreenShowsInvalid' },
);
export type ShowOnRoomScreenInput = z.infer<typeof showOnRoomScreenSchema>;
