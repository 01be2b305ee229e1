'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { MeetingSession } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { z } from 'zod';
import { addSessionSchema } from '@/lib/meetings/schemas';
import { useActionForm, useErrorMessage } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { describedBy, Field, TextInput } from '../ui/field';

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
  const errorMessage = useErrorMessage();
  const [isAdded, setIsAdded] = useState(false);
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: addSessionSchema,
    action,
    defaultValues: { meetingId, title: '', startsAt: defaultStart, endsAt: defaultEnd, room: '' },
    onSuccess: () => {
      setIsAdded(true);
      form.reset({ meetingId, title: '', startsAt: form.getValues('startsAt'), endsAt: form.getValues('endsAt'), room: '' });
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const error = (name: 'title' | 'startsAt' | 'endsAt' | 'room') => errorMessage(errors[name]?.message);

  return (
    <form onSubmit={onSubmit} onChange={() => setIsAdded(false)} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorMessage(formError)}</Alert>}
      {isAdded && <Alert tone="success">{t('sessionAdded')}</Alert>}
      <input type="hidden" {...form.register('meetingId')} />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <Field id="session-title" label={t('sessionTitle')} error={error('title')}>
          <TextInput {...describedBy('session-title', { error: error('title') })} {...form.register('title')} />
        </Field>
        <Field id="session-room" label={t('room')} error={error('room')}>
          <TextInput {...describedBy('session-room', { error: error('room') })} {...form.register('room')} />
        </Field>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="session-starts" label={t('sessionStartsAt')} error={error('startsAt')}>
          <TextInput type="datetime-local" {...describedBy('session-starts', { error: error('startsAt') })} {...form.register('startsAt')} />
        </Field>
        <Field id="session-ends" label={t('sessionEndsAt')} error={error('endsAt')}>
          <TextInput type="datetime-local" {...describedBy('session-ends', { error: error('endsAt') })} {...form.register('endsAt')} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('addingSession')}>
        {t('addSession')}
      </Button>
    </form>
  );
}
