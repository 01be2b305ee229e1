'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Meeting, MeetingStatus } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { meetingTransitions } from '@/lib/meetings/lifecycle';
import type { ChangeMeetingStatusInput } from '@/lib/meetings/schemas';
import { useErrorMessage } from '../forms/use-action-form';
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
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const nextStatuses = meetingTransitions[meeting.status];

  async function moveTo(status: MeetingStatus): Promise<boolean> {
    setReasonError(undefined);
    const result = await action({ meetingId: meeting.id, status, reason: status === 'cancelled' ? reason : null });
    if (result.ok) {
      setNotice({ tone: 'success', text: t('meetings.statusChanged', { status: t(`meetingStatus.${status}`) }) });
      router.refresh();
      return true;
    }
    if (result.fieldErrors?.reason) {
      setReasonError(errorMessage(result.fieldErrors.reason));
      return false;
    }
    setNotice({ tone: 'error', text: errorMessage(result.formError ?? Object.values(result.fieldErrors ?? {})[0]) ?? '' });
    return true;
  }

  if (nextStatuses.length === 0) {
    return <p className="text-sm text-slate-600">{t('meetings.noTransitions', { status: t(`meetingStatus.${meeting.status}`) })}</p>;
  }
  return (
    <div className="space-y-3">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
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
