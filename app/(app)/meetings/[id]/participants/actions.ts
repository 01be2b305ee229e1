'use server';

import { validatedAction } from '@/lib/action';
import { issueParticipantList } from '@/lib/participants/issue-participant-list';
import { meetingIdSchema } from '@/lib/participants/schemas';

export const issueParticipantListAction = validatedAction(meetingIdSchema, issueParticipantList);
