'use server';

import { validatedAction } from '@/lib/action';
import { checkInParticipant } from '@/lib/participants/check-in-participant';
import { checkInSchema, undoCheckInSchema } from '@/lib/participants/schemas';
import { undoCheckIn } from '@/lib/participants/undo-check-in';

export const checkInAction = validatedAction(checkInSchema, checkInParticipant);
export const undoCheckInAction = validatedAction(undoCheckInSchema, undoCheckIn);
