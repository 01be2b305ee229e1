'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import { sendNoticeSchema, type SendNoticeInput } from '@/lib/notices/schemas';
import { noticeAudiences, noticeBodyMax, type NoticeAudience } from '@/lib/notices/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';

type Sent = { notice: { id: string; recipientCount: number } };

type NoticeFormProps = {
  meetingId: string;
  /** How many people each audience open for the meeting reaches now. */
  audienceSizes: Partial<Record<NoticeAudience, number>>;
  action: (input: SendNoticeInput) => Promise<ActionResult<Sent>>;
};

/** Writes to the meeting's participants: the button says how many people the message goes to before it goes. */
export function NoticeForm({ meetingId, audienceSizes, action }: NoticeFormProps) {
  const t = useTranslations('notices');
  const router = useRouter();
  const [sentTo, setSentTo] = useState<number>();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: sendNoticeSchema,
    action,
    // Before anyone registers, the reminder to the parties is the one audience that reaches anyone.
    defaultValues: { meetingId, audience: noticeAudiences.find((audience) => (audienceSizes[audience] ?? 0) > 0) ?? 'registered', subject: '', body: '' },
    onSuccess: (data) => {
      setSentTo(data.notice.recipientCount);
      form.reset();
      router.refresh();
    },
  });
  const audienceSize = audienceSizes[form.watch('audience')] ?? 0;

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-5">
      {sentTo !== undefined && <Alert tone="success">{t('sent', { count: sentTo })}</Alert>}
      <input type="hidden" {...form.register('meetingId')} />
      <FormField name="audience" id="notice-audience" label={t('audience')} hint={t('audienceHint')}>
        <SelectInput>
          {noticeAudiences
            .filter((audience) => audienceSizes[audience] !== undefined)
            .map((audience) => (
              <option key={audience} value={audience}>
                {t('audienceOption', { audience: t(`audiences.${audience}`), count: audienceSizes[audience]! })}
              </option>
            ))}
        </SelectInput>
      </FormField>
      <FormField name="subject" id="notice-subject" label={t('subject')} hint={t('subjectHint')}>
        <TextInput autoComplete="off" />
      </FormField>
      <FormField name="body" id="notice-body" label={t('body')} hint={t('bodyHint', { max: noticeBodyMax })}>
        <TextArea rows={10} />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('sending')} disabled={audienceSize === 0}>
        {t('send', { count: audienceSize })}
      </Button>
    </ActionForm>
  );
}
