'use server';

import { validatedAction } from '@/lib/action';
import { sendNotice } from '@/lib/notices/send-notice';
import { sendNoticeSchema } from '@/lib/notices/schemas';

export const sendNoticeAction = validatedAction(sendNoticeSchema, sendNotice);
