'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import type { ConfirmAccountInput, RefuseAccountInput } from '@/lib/accounts/schemas';
import type { Role } from '@/lib/users/values';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction, useErrorMessage } from '../forms/use-action';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { describedBy, Field, TextArea } from '../ui/field';

type Decided = { id: string; status: string };

type AccountDecisionProps = {
  account: { id: string; name: string; partyName: string; role: Role };
  confirmAction: (input: ConfirmAccountInput) => Promise<ActionResult<Decided>>;
  refuseAction: (input: RefuseAccountInput) => Promise<ActionResult<Decided>>;
};

/** Confirms a signed-up account, or refuses it with a reason, each after a dialog. */
export function AccountDecision({ account, confirmAction, refuseAction }: AccountDecisionProps) {
  const t = useTranslations();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  // The decided account leaves the queue, and this row with it: the page says what was done.
  const onSuccess = (notice: 'confirmed' | 'refused') => () => router.replace(`/admin/accounts?notice=${notice}`);
  const confirm = useAction(confirmAction, { onSuccess: onSuccess('confirmed') });
  const refuse = useAction(refuseAction, { onSuccess: onSuccess('refused') });
  const reasonError = errorMessage(refuse.failure?.fieldErrors?.reason, refuse.failure);
  const reasonId = `refuse-${account.id}-reason`;

  return (
    <div className="flex flex-col items-end gap-2">
      <ActionFailureAlert failure={confirm.failure} />
      {!reasonError && <ActionFailureAlert failure={refuse.failure} />}
      <div className="flex justify-end gap-2">
        <ConfirmDialog
          triggerLabel={t('accounts.confirm')}
          triggerAriaLabel={t('accounts.confirmLabel', { name: account.name })}
          triggerVariant="primary"
          variant="primary"
          title={t('accounts.confirmTitle', { name: account.name })}
          body={t('accounts.confirmBody', { role: t(`roles.${account.role}`), party: account.partyName })}
          confirmLabel={t('accounts.confirm')}
          onOpen={confirm.clearFailure}
          onConfirm={async () => {
            await confirm.run({ userId: account.id });
          }}
        />
        <ConfirmDialog
          triggerLabel={t('accounts.refuse')}
          triggerAriaLabel={t('accounts.refuseLabel', { name: account.name })}
          triggerVariant="secondary"
          title={t('accounts.refuseTitle', { name: account.name })}
          body={t('accounts.refuseBody')}
          confirmLabel={t('accounts.refuse')}
          onOpen={refuse.clearFailure}
          onConfirm={async () => {
            const result = await refuse.run({ userId: account.id, reason });
            // A reason the server refuses keeps the dialog open to correct it.
            return result.ok || !result.fieldErrors?.reason;
          }}
        >
          <Field id={reasonId} label={t('accounts.reason')} hint={t('accounts.reasonHint')} error={reasonError}>
            <TextArea
              {...describedBy(reasonId, { error: reasonError, hint: t('accounts.reasonHint') })}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
        </ConfirmDialog>
      </div>
    </div>
  );
}
