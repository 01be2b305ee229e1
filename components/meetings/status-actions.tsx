'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Meeting, MeetingStatus } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { meetingTransitions } from '@/lib/meetings/lifecycle';
import type { ChangeMeetingStatusInput } from '@/lib/meetings/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction, useErrorMessage } from '../forms/use-action';
import { Alert } from '../ui/alert';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Field } from '../ui/field';

type StatusActionsProps = {
  meeting: Pick<Meeting, 'id' | 'status'>;
  action: (input: ChangeMeetingStatusInput) => Promise<ActionResult<Meeting>>;
};

/** The lifecycle steps open to the meeting now, each confirmed first; cancelling asks for a reason. */
export function StatusActions({ meeting, action }: StatusActionsProps) {
  const t = useTranslations();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [movedTo, setMovedTo] = useState<MeetingStatus>();
  const [reason, setReason] = useState('');
  const { run, failure, clearFailure } = useAction(action, {
    onSuccess: (moved) => {
      setMovedTo(moved.status);
      router.refresh();
    },
  });
  const reasonError = errorMessage(failure?.fieldErrors?.reason);
  const nextStatuses = meetingTransitions[meeting.status];

  /** A refusal of the reason keeps the dialog open to correct it; any other refusal shows beside the buttons. */
  async function moveTo(status: MeetingStatus): Promise<boolean> {
    setMovedTo(undefined);
    const result = await run({ meetingId: meeting.id, status, reason: status === 'cancelled' ? reason : null });
    return result.ok || !result.fieldErrors?.reason;
  }

  if (nextStatuses.length === 0) {
    return <p className="text-sm text-slate-600">{t('meetings.noTransitions', { status: t(`meetingStatus.${meeting.status}`) })}</p>;
  }
  return (
    <div className="space-y-3">
      {movedTo && <Alert tone="success">{t('meetings.statusChanged', { status: t(`meetingStatus.${movedTo}`) })}</Alert>}
      {!reasonError && <ActionFailureAlert failure={failure} />}
      <div className="flex flex-wrap gap-2">
        {nextStatuses.map((status) => {
          const label = t(`meetings.moveTo.${status as Exclude<MeetingStatus, 'planned'>}`);
          return status === 'cancelled' ? (
            <ConfirmDialog
              key={status}
              triggerLabel={label}
              triggerVariant="secondary"
              title={t('meetings.cancelTitle')}
              body={t('meetings.cancelBody')}
              confirmLabel={label}
              cancelLabel={t('meetings.keepMeeting')}
              onOpen={clearFailure}
              onConfirm={() => moveTo(status)}
            >
              <Field id="cancel-reason" label={t('meetings.cancelReason')} error={reasonError}>
                <textarea
                  id="cancel-reason"
                  rows={3}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? 'cancel-reason-error' : undefined}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
                />
              </Field>
            </ConfirmDialog>
          ) : (
            <ConfirmDialog
              key={status}
              triggerLabel={label}
              triggerVariant="primary"
              variant="primary"
              title={t('meetings.confirmMove', { action: label })}
              body={t('meetings.confirmMoveBody', {
                from: t(`meetingStatus.${meeting.status}`),
                to: t(`meetingStatus.${status}`),
              })}
              confirmLabel={label}
              onConfirm={() => moveTo(status)}
            />
          );
        })}
      </div>
    </div>
  );
}
