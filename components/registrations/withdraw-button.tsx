'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action';
import type { RegistrationIdInput } from '@/lib/registrations/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { ConfirmDialog } from '../ui/confirm-dialog';

export function WithdrawButton({ registrationId, action }: { registrationId: string; action: (input: RegistrationIdInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ConfirmDialog
      triggerLabel={t('withdraw')}
      triggerVariant="danger"
      title={t('withdrawTitle')}
      body={t('withdrawBody')}
      confirmLabel={t('withdraw')}
      onOpen={clearFailure}
      onConfirm={async () => (await run({ registrationId })).ok}
    >
      <ActionFailureAlert failure={failure} />
    </ConfirmDialog>
  );
}
