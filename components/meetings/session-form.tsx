'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { MeetingSession } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { addSessionSchema, editSessionSchema } from '@/lib/meetings/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button, buttonClasses } from '../ui/button';
import { TextInput } from '../ui/field';
import { Link } from '../ui/link';

type SessionAction<Schema extends z.ZodType> = (input: z.input<Schema>) => Promise<ActionResult<MeetingSession>>;

/** The fields of a sitting, the same to add one and to change one. */
function SessionFields() {
  const t = useTranslations('meetings');
  return (
    <>
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
    </>
  );
}

type AddSessionFormProps = {
  meetingId: string;
  /** The first day's morning, so the pickers open on the meeting's dates. */
  defaultStart: string;
  defaultEnd: string;
  action: SessionAction<typeof addSessionSchema>;
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
      <SessionFields />
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('addingSession')}>
        {t('addSession')}
      </Button>
    </ActionForm>
  );
}

type EditSessionFormProps = {
  /** The sitting, its times as the meeting's clocks read them. */
  session: { id: string; title: string; room: string; startsAt: string; endsAt: string };
  /** The meeting's page, where saving or cancelling returns. */
  meetingPath: string;
  action: SessionAction<typeof editSessionSchema>;
};

export function EditSessionForm({ session, meetingPath, action }: EditSessionFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: editSessionSchema,
    action,
    defaultValues: { sessionId: session.id, title: session.title, room: session.room, startsAt: session.startsAt, endsAt: session.endsAt },
    leavesOnSuccess: true,
    onSuccess: () => router.replace(`${meetingPath}?notice=sessionSaved`),
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-4" aria-label={t('meetings.editSessionTitle', { title: session.title })}>
      <h3 className="font-semibold text-slate-900">{t('meetings.editSessionTitle', { title: session.title })}</h3>
      <input type="hidden" {...form.register('sessionId')} />
      <SessionFields />
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('meetings.savingSession')}>
          {t('meetings.saveSession')}
        </Button>
        <Link href={meetingPath} className={buttonClasses('secondary')}>
          {t('common.cancel')}
        </Link>
      </div>
    </ActionForm>
  );
}
