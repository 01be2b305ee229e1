'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import type { SetUserDisabledInput } from '@/lib/users/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';
import { Alert } from '../ui/alert';

type AccountAccessProps = {
  user: Pick<UserRecord, 'id' | 'name' | 'isDisabled'>;
  action: (input: SetUserDisabledInput) => Promise<ActionResult<UserRecord>>;
};

/** Disables or re-enables an account, after a confirmation. */
export function AccountAccess({ user, action }: AccountAccessProps) {
  const t = useTranslations('users');
  const router = useRouter();
  const [doneNotice, setDoneNotice] = useState<string>();
  const willDisable = !user.isDisabled;
  const { run, failure, clearFailure } = useAction(action, {
    onSuccess: () => {
      setDoneNotice(t(willDisable ? 'disabledNotice' : 'enabledNotice'));
      router.refresh();
    },
  });

  return (
    <div className="space-y-4">
      {doneNotice && <Alert tone="success">{doneNotice}</Alert>}
      <p className="text-sm text-slate-700">{t(user.isDisabled ? 'disabledIntro' : 'activeIntro')}</p>
      <ActionDialog
        triggerLabel={t(willDisable ? 'disable' : 'enable')}
        title={t(willDisable ? 'disableConfirmTitle' : 'enableConfirmTitle', { name: user.name })}
        body={t(willDisable ? 'disableConfirmBody' : 'enableConfirmBody')}
        confirmLabel={t(willDisable ? 'disable' : 'enable')}
        variant={willDisable ? 'danger' : 'primary'}
        failure={failure}
        onOpen={() => {
          setDoneNotice(undefined);
          clearFailure();
        }}
        onConfirm={() => run({ userId: user.id, isDisabled: willDisable })}
      />
    </div>
  );
}
