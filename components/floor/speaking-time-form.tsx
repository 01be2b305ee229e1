'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import { setSpeakingTimeSchema, speakingTimeMinutes } from '@/lib/floor/schemas';
import type { z } from 'zod';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type SpeakingTimeFormProps = {
  meetingId: string;
  /** The time set now, in seconds; none for no limit. */
  seconds: number | null;
  action: (input: z.input<typeof setSpeakingTimeSchema>) => Promise<ActionResult<{ seconds: number | null }>>;
};

/** The chair sets the minutes each speaker has at the meeting, or clears them for no limit. */
export function SpeakingTimeForm({ meetingId, seconds, action }: SpeakingTimeFormProps) {
  const t = useTranslations('floor.speakingTimeForm');
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: setSpeakingTimeSchema,
    action,
    defaultValues: { meetingId, minutes: seconds === null ? '' : String(seconds / 60) },
    onSuccess: () => {
      setIsSaved(true);
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsSaved(false)} failure={failure} className="flex flex-wrap items-end gap-3">
      <FormField name="minutes" id="speaking-time-minutes" label={t('label')} hint={t('hint')}>
        <TextInput type="number" inputMode="numeric" min={speakingTimeMinutes.min} max={speakingTimeMinutes.max} step={1} className="w-28" />
      </FormField>
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('saving')}>
        {t('save')}
      </Button>
      {isSaved && (
        <p role="status" className="pb-2 text-sm text-emerald-700">
          {t('saved')}
        </p>
      )}
    </ActionForm>
  );
}
