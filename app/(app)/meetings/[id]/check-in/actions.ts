'use server';

import { validatedAction } from '@/lib/action';
import { checkInParticipant } from '@/lib/participants/check-in-participant';
import { checkInSchema } from '@/lib/participants/schemas';

export const checkInAction = validatedAction(checkInSchema, checkInParticipant);
