import { z } from 'zod';
import { pageNumberSchema } from '../pagination';

export const findMeetingsSchema = z.object({ page: pageNumberSchema });
export type FindMeetingsInput = z.infer<typeof findMeetingsSchema>;
