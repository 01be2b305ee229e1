import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema, requiredText } from '../schemas';
import { noticeAudiences, noticeBodyMax, noticeSubjectMax } from './values';

// Messages are keys of the `browserErrors` catalog namespace: the form and the server show the same words.

export const sendNoticeSchema = z.object({
  meetingId: idSchema,
  audience: z.enum(noticeAudiences, { error: 'noticeAudienceInvalid' }),
  subject: requiredText(3, noticeSubjectMax, 'noticeSubjectRequired'),
  body: requiredText(10, noticeBodyMax, 'noticeBodyRequired'),
});
export type SendNoticeInput = z.infer<typeof sendNoticeSchema>;

/** The notices page's address: which page of the sent notices. */
export const findNoticesSchema = z.object({ page: pageNumberSchema });
