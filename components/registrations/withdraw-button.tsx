'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action';
import type { RegistrationIdInput } from '@/lib/registrations/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';

export function WithdrawButton({ registrationId, action }: { registrationId: string; action: (input: RegistrationIdInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={t('withdraw')}
      triggerVariant="danger"
      title={t('withdrawTitle')}
      body={t('withdrawBody')}
      confirmLabel={t('withdraw')}
      onOpen={clearFailure}
      failure={failure}
      onConfirm={() => run({ registrationId })}
    />
  );
}
