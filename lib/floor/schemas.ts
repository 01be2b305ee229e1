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
