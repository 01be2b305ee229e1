'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import type { ConfirmAccountInput, RefuseAccountInput } from '@/lib/accounts/schemas';
import type { Role } from '@/lib/users/values';
import { ActionDialog } from '../forms/action-dialog';
import { useAction, useErrorMessage } from '../forms/use-action';
import { describedBy, Field, TextArea } from '../ui/field';
import { partyInSentence } from '@/lib/parties/names';

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
  const confirm = useAction(confirmAction, { onSuccess: onSuccess('confirmed'), leavesOnSuccess: true });
  const refuse = useAction(refuseAction, { onSuccess: onSuccess('refused'), leavesOnSuccess: true });
  // Decided, the row waits for the queue to reload: neither step can be opened again meanwhile.
  const isDeciding = confirm.isPending || refuse.isPending;
  const reasonError = errorMessage(refuse.failure?.fieldErrors?.reason, refuse.failure);
  const reasonId = `refuse-${account.id}-reason`;

  return (
    <div className="flex justify-end gap-2">
      <ActionDialog
        triggerLabel={t('accounts.confirm')}
        triggerAriaLabel={t('accounts.confirmLabel', { name: account.name })}
        triggerVariant="primary"
        variant="primary"
        title={t('accounts.confirmTitle', { name: account.name })}
        body={t('accounts.confirmBody', { role: t(`roles.${account.role}`), party: partyInSentence(account.partyName) })}
        confirmLabel={t('accounts.confirm')}
        triggerDisabled={isDeciding}
        failure={confirm.failure}
        onOpen={confirm.clearFailure}
        onConfirm={() => confirm.run({ userId: account.id })}
      />
      <ActionDialog
        triggerLabel={t('accounts.refuse')}
        triggerAriaLabel={t('accounts.refuseLabel', { name: account.name })}
        triggerVariant="secondary"
        title={t('accounts.refuseTitle', { name: account.name })}
        body={t('accounts.refuseBody')}
        confirmLabel={t('accounts.refuse')}
        triggerDisabled={isDeciding}
        failure={refuse.failure}
        fields={['reason']}
        onOpen={refuse.clearFailure}
        onConfirm={() => refuse.run({ userId: account.id, reason })}
      >
        <Field id={reasonId} label={t('accounts.reason')} hint={t('accounts.reasonHint')} error={reasonError}>
          <TextArea
            {...describedBy(reasonId, { error: reasonError, hint: t('accounts.reasonHint') })}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
      </ActionDialog>
    </div>
  );
}
