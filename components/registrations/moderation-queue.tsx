'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { QueueRow } from '@/db/queries/registrations';
import type { ActionResult } from '@/lib/action';
import { canRegistrationTransition } from '@/lib/registrations/lifecycle';
import type { DecideRegistrationsInput } from '@/lib/registrations/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction, useErrorMessage } from '../forms/use-action';
import { Alert } from '../ui/alert';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { describedBy, Field, TextArea } from '../ui/field';
import { RegistrationStatusBadge } from './registration-status-badge';

type DecideAction = (input: DecideRegistrationsInput) => Promise<ActionResult<unknown>>;

/** The queue's page of registrations: choose some and approve or reject them together; undo one decision. */
export function ModerationQueue({ meetingId, rows, action }: { meetingId: string; rows: QueueRow[]; action: DecideAction }) {
  const t = useTranslations('registrations');
  const format = useFormatter();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  // What the last decision did: the rows change or leave the filtered list, which alone says little.
  const [decided, setDecided] = useState<string>();
  const { run, failure, clearFailure } = useAction(action, {
    onSuccess: () => {
      setSelected(new Set());
      setReason('');
      router.refresh();
    },
  });
  const errorMessage = useErrorMessage();
  const reasonError = errorMessage(failure?.fieldErrors?.reason, failure);
  const chosen = rows.filter((row) => selected.has(row.id));
  const approvable = chosen.length > 0 && chosen.every((row) => canRegistrationTransition(row.status, 'approved'));
  const rejectable = chosen.length > 0 && chosen.every((row) => canRegistrationTransition(row.status, 'rejected'));
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { month: 'short', day: 'numeric', timeZone: 'UTC' });

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function decide(decision: DecideRegistrationsInput['decision'], ids: string[]) {
    setDecided(undefined);
    const result = await run({ meetingId, registrationIds: ids, decision, reason: decision === 'rejected' ? reason : null });
    if (result.ok) setDecided(t(`decided.${decision}`, { count: ids.length }));
    return result;
  }

  const notice = decided && <Alert tone="success">{decided}</Alert>;
  // The last of the filtered rows decided, the notice stays above the empty list.
  if (rows.length === 0) {
    return (
      <div className="space-y-3">
        {notice}
        <EmptyState>{t('emptyQueue')}</EmptyState>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {notice}
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('decision')}>
        <span className="text-sm text-slate-700" aria-live="polite">
          {t('selectedCount', { count: chosen.length })}
        </span>
        {approvable && (
          <ActionDialog
            triggerLabel={t('approve')}
            triggerVariant="primary"
            variant="primary"
            title={t('approveTitle', { count: chosen.length })}
            body={t('approveBody')}
            confirmLabel={t('approve')}
            failure={failure}
            onOpen={clearFailure}
            onConfirm={() => decide('approved', chosen.map((row) => row.id))}
          />
        )}
        {rejectable && (
          <ActionDialog
            triggerLabel={t('reject')}
            triggerVariant="danger"
            title={t('rejectTitle', { count: chosen.length })}
            body={t('rejectBody')}
            confirmLabel={t('reject')}
            failure={failure}
            fields={['reason']}
            onOpen={clearFailure}
            onConfirm={() => decide('rejected', chosen.map((row) => row.id))}
          >
            <Field id="reject-reason" label={t('reason')} error={reasonError}>
              <TextArea {...describedBy('reject-reason', { error: reasonError })} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
            </Field>
          </ActionDialog>
        )}
      </div>
      <DataTable
        label={t('queueTitle')}
        columns={[
          {
            label: t('selectAll'),
            control: (
              <input
                type="checkbox"
                className="size-4 align-middle accent-brand-700"
                aria-label={t('selectAll')}
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = selected.size > 0 && !allSelected;
                }}
                onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            ),
          },
          { label: t('name') },
          { label: t('party') },
          { label: t('role') },
          { label: t('participationMode') },
          { label: t('status') },
          { label: t('decision') },
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <input
                type="checkbox"
                className="size-4 accent-brand-700"
                aria-label={t('selectRow', { name: row.name })}
                checked={selected.has(row.id)}
                onChange={() => toggle(row.id)}
              />
            </td>
            <th scope="row" className="font-medium text-slate-900">
              {row.name}
              <span className="block text-xs font-normal text-slate-600">{row.email}</span>
            </th>
            <td>{row.partyName}</td>
            <td>{t(`roles.${row.delegationRole}`)}</td>
            <td>
              {t(`modes.${row.participation}`)}
              <span className="block text-xs text-slate-600">
                {row.arrivalDate && t('arrives', { date: day(row.arrivalDate) })}
                {row.arrivalDate && row.departureDate && ' · '}
                {row.departureDate && t('leaves', { date: day(row.departureDate) })}
              </span>
              {row.dietaryNeeds && <span className="block text-xs text-slate-700">{t('dietaryShort', { needs: row.dietaryNeeds })}</span>}
              {row.accessNeeds && <span className="block text-xs text-slate-700">{t('accessShort', { needs: row.accessNeeds })}</span>}
            </td>
            <td>
              <RegistrationStatusBadge status={row.status} />
            </td>
            <td className="text-xs text-slate-700">
              {row.decidedAt && row.decidedByName && (
                <span className="block">{t('decidedBy', { name: row.decidedByName, date: format.dateTime(new Date(row.decidedAt), { dateStyle: 'medium' }) })}</span>
              )}
              {row.decisionReason && <span className="block">{row.decisionReason}</span>}
              {(row.status === 'approved' || row.status === 'rejected') && (
                <ActionDialog
                  triggerLabel={t('reopen')}
                  triggerAriaLabel={t('reopenLabel', { name: row.name })}
                  triggerVariant="ghost"
                  variant="primary"
                  title={t('reopenTitle', { name: row.name })}
                  body={t('reopenBody')}
                  confirmLabel={t('reopen')}
                  failure={failure}
                  onOpen={clearFailure}
                  onConfirm={() => decide('pending', [row.id])}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
