'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { MeetingSession } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { addSessionSchema } from '@/lib/meetings/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type AddSessionFormProps = {
  meetingId: string;
  /** The first day's morning, so the pickers open on the meeting's dates. */
  defaultStart: string;
  defaultEnd: string;
  action: (input: z.input<typeof addSessionSchema>) => Promise<ActionResult<MeetingSession>>;
};

export function AddSessionForm({ meetingId, defaultStart, defaultEnd, action }: AddSessionFormProps) {
  const t = useTranslations('meetings');
  const router = useRouter();
  const [isAdded, setIsAdded] = useState(false);
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: addSessionSchema,
    action,
    defaultValues: { meetingId, title: '', startsAt: defaultStart, endsAt: defaultEnd, room: '' },
    onSuccess: () => {
      setIsAdded(true);
      form.reset({ meetingId, title: '', startsAt: form.getValues('startsAt'), endsAt: form.getValues('endsAt'), room: '' });
      router.refresh();
    },
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsAdded(false)} failure={failure} className="space-y-4">
      {isAdded && <Alert tone="success">{t('sessionAdded')}</Alert>}
      <input type="hidden" {...form.register('meetingId')} />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <FormField name="title" id="session-title" label={t('sessionTitle')}>
          <TextInput />
        </FormField>
        <FormField name="room" id="session-room" label={t('room')}>
          <TextInput />
        </FormField>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="startsAt" id="session-starts" label={t('sessionStartsAt')}>
          <TextInput type="datetime-local" />
        </FormField>
        <FormField name="endsAt" id="session-ends" label={t('sessionEndsAt')}>
          <TextInput type="datetime-local" />
        </FormField>
      </div>
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('addingSession')}>
        {t('addSession')}
      </Button>
    </ActionForm>
  );
}
