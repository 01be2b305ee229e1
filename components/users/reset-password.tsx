'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import type { ResetUserPasswordInput } from '@/lib/users/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';
import { Alert } from '../ui/alert';

type ResetPasswordProps = {
  user: Pick<UserRecord, 'id' | 'name' | 'mustChangePassword'>;
  action: (input: ResetUserPasswordInput) => Promise<ActionResult<{ temporaryPassword: string }>>;
};

/**
 * Gives the person a temporary password, after a confirmation. The password is shown here once, to
 * the staff member who passes it on; it is kept nowhere but in this page's memory.
 */
export function ResetPassword({ user, action }: ResetPasswordProps) {
  const t = useTranslations('users');
  const router = useRouter();
  const [temporaryPassword, setTemporaryPassword] = useState<string>();
  const { run, failure, clearFailure } = useAction(action, {
    onSuccess: (data) => {
      setTemporaryPassword(data.temporaryPassword);
      router.refresh();
    },
  });

  return (
    <div className="space-y-4">
      {temporaryPassword && (
        <Alert tone="success">
          <p>{t('resetDone', { name: user.name })}</p>
          <p className="my-2">
            <code data-testid="temporary-password" className="rounded bg-white px-2 py-1 font-mono text-base text-slate-900 select-all">
              {temporaryPassword}
            </code>
          </p>
          <p>{t('resetPassOn')}</p>
        </Alert>
      )}
      <p className="text-sm text-slate-700">{t(user.mustChangePassword ? 'mustChangePassword' : 'resetIntro')}</p>
      <ActionDialog
        triggerLabel={t('reset')}
        triggerVariant="secondary"
        title={t('resetConfirmTitle', { name: user.name })}
        body={t('resetConfirmBody')}
        confirmLabel={t('reset')}
        failure={failure}
        onOpen={() => {
          setTemporaryPassword(undefined);
          clearFailure();
        }}
        onConfirm={() => run({ userId: user.id })}
      />
    </div>
  );
}
