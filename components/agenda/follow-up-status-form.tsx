'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import type { ChangeFollowUpStatusInput } from '@/lib/agenda/schemas';
import { followUpStatuses, type FollowUpStatus } from '@/lib/agenda/values';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { Button } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';
import { useReportSavedFollowUp } from './follow-up-notices';

/**
 * Staff mark a follow-up done or dropped (saying why), with a note; each control names its follow-up.
 * The list's notice announces the save; the row's own "Saved." is only seen, as the row may leave.
 */
export function FollowUpStatusForm({
  followUp,
  action,
}: {
  followUp: { id: string; description: string; status: FollowUpStatus; note: string | null };
  action: (input: ChangeFollowUpStatusInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('followUps');
  const tAgenda = useTranslations('agenda');
  const router = useRouter();
  const [status, setStatus] = useState<FollowUpStatus>(followUp.status);
  const [note, setNote] = useState(followUp.note ?? '');
  const [isSaved, setIsSaved] = useState(false);
  const reportSaved = useReportSavedFollowUp();
  const { run, failure, isPending } = useAction(action, {
    onSuccess: () => {
      setIsSaved(true);
      reportSaved({ description: followUp.description, status });
      router.refresh();
    },
  });
  const id = `follow-up-${followUp.id.slice(0, 8)}`;
  return (
    <form
      method="post"
      className="flex flex-wrap items-end gap-2"
      aria-label={t('changeLabel', { what: followUp.description })}
      onSubmit={(event) => {
        event.preventDefault();
        void run({ followUpId: followUp.id, status, note: note || null });
      }}
    >
      <label className="sr-only" htmlFor={`${id}-status`}>
        {t('stateOf', { what: followUp.description })}
      </label>
      <SelectInput
        id={`${id}-status`}
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as FollowUpStatus);
          setIsSaved(false);
        }}
      >
        {followUpStatuses.map((value) => (
          <option key={value} value={value}>
            {tAgenda(`followUpStatus.${value}`)}
          </option>
        ))}
      </SelectInput>
      <label className="sr-only" htmlFor={`${id}-note`}>
        {t('noteOn', { what: followUp.description })}
      </label>
      <TextInput
        id={`${id}-note`}
        placeholder={t('note')}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setIsSaved(false);
        }}
        className="w-40"
      />
      <Button type="submit" variant="secondary" className="px-2 py-1" isPending={isPending} aria-label={t('saveLabel', { what: followUp.description })}>
        {t('save')}
      </Button>
      <p aria-hidden className="text-sm text-emerald-800">
        {isSaved && t('saved')}
      </p>
      <ActionFailureAlert failure={failure} />
    </form>
  );
}
