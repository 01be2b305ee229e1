'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { Meeting } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { StatusChange } from '@/lib/meetings/abilities';
import type { changeMeetingStatusSchema } from '@/lib/meetings/schemas';
import type { MeetingStatus } from '@/lib/meetings/values';
import { ActionDialog } from '../forms/action-dialog';
import { useAction, useErrorMessage } from '../forms/use-action';
import { Alert } from '../ui/alert';
import { describedBy, Field, TextArea } from '../ui/field';
import { calendarDay } from '@/lib/time-zones';

type StatusActionsProps = {
  meeting: Pick<Meeting, 'id' | 'status' | 'startDate' | 'endDate' | 'timeZone'>;
  /** The steps open to this user now (from getMeeting), each with the calendar's objection, if any. */
  changes: StatusChange[];
  /** The date in the meeting's time zone. */
  today: string;
  action: (input: z.input<typeof changeMeetingStatusSchema>) => Promise<ActionResult<Meeting>>;
};

/** The lifecycle steps open to the user, each confirmed first; cancelling asks for a reason. */
export function StatusActions({ meeting, changes, today, action }: StatusActionsProps) {
  const t = useTranslations();
  const format = useFormatter();
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
  const reasonError = errorMessage(failure?.fieldErrors?.reason, failure);
  const day = (isoDate: string) => format.dateTime(calendarDay(isoDate), { dateStyle: 'long', timeZone: 'UTC' });

  const moveTo = ({ to, warning }: StatusChange) =>
    run({ meetingId: meeting.id, status: to, reason: to === 'cancelled' ? reason : null, confirmOutsideDates: warning !== null });
  const beginMove = () => {
    setMovedTo(undefined);
    clearFailure();
  };

  return (
    <div className="space-y-3">
      {movedTo && <Alert tone="success">{t('meetings.statusChanged', { status: t(`meetingStatus.${movedTo}`) })}</Alert>}
      {changes.length === 0 && (
        <p className="text-sm text-slate-600">{t('meetings.noTransitions', { status: t(`meetingStatus.${meeting.status}`) })}</p>
      )}
      <div className="flex flex-wrap gap-2 empty:hidden">
        {changes.map((change) => {
          const label = t(`meetings.moveTo.${change.to as Exclude<MeetingStatus, 'planned'>}`);
          const body = t('meetings.confirmMoveBody', { from: t(`meetingStatus.${meeting.status}`), to: t(`meetingStatus.${change.to}`) });
          const warning =
            change.warning &&
            t(`meetings.calendarWarnings.${change.warning}`, {
              start: day(meeting.startDate),
              end: day(meeting.endDate),
              today: day(today),
              timeZone: meeting.timeZone,
            });
          return change.to === 'cancelled' ? (
            <ActionDialog
              key={change.to}
              triggerLabel={label}
              triggerVariant="secondary"
              title={t('meetings.cancelTitle')}
              body={t('meetings.cancelBody')}
              confirmLabel={label}
              cancelLabel={t('meetings.keepMeeting')}
              failure={failure}
              fields={['reason']}
              onOpen={beginMove}
              onConfirm={() => moveTo(change)}
            >
              <Field id="cancel-reason" label={t('meetings.cancelReason')} error={reasonError}>
                <TextArea {...describedBy('cancel-reason', { error: reasonError })} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
              </Field>
            </ActionDialog>
          ) : (
            <ActionDialog
              key={change.to}
              triggerLabel={label}
              triggerVariant="primary"
              variant={change.warning ? 'danger' : 'primary'}
              title={t('meetings.confirmMove', { action: label })}
              body={warning ? `${warning} ${body}` : body}
              confirmLabel={warning ? t('meetings.confirmAnyway', { action: label }) : label}
              failure={failure}
              onOpen={beginMove}
              onConfirm={() => moveTo(change)}
            />
          );
        })}
      </div>
    </div>
  );
}
