'use server';

import { validatedAction } from '@/lib/action';
import { changeFollowUpStatus } from '@/lib/agenda/change-follow-up-status';
import { changeFollowUpStatusSchema } from '@/lib/agenda/schemas';

export const changeFollowUpStatusAction = validatedAction(changeFollowUpStatusSchema, changeFollowUpStatus);
