'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import type { SetUserDisabledInput } from '@/lib/users/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { Alert } from '../ui/alert';
import { ConfirmDialog } from '../ui/confirm-dialog';

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
  const { run, failure } = useAction(action, {
    onSuccess: () => {
      setDoneNotice(t(willDisable ? 'disabledNotice' : 'enabledNotice'));
      router.refresh();
    },
  });

  return (
    <div className="space-y-4">
      {doneNotice && !failure && <Alert tone="success">{doneNotice}</Alert>}
      <ActionFailureAlert failure={failure} />
      <p className="text-sm text-slate-700">{t(user.isDisabled ? 'disabledIntro' : 'activeIntro')}</p>
      <ConfirmDialog
        triggerLabel={t(willDisable ? 'disable' : 'enable')}
        title={t(willDisable ? 'disableConfirmTitle' : 'enableConfirmTitle', { name: user.name })}
        body={t(willDisable ? 'disableConfirmBody' : 'enableConfirmBody')}
        confirmLabel={t(willDisable ? 'disable' : 'enable')}
        variant={willDisable ? 'danger' : 'primary'}
        onConfirm={async () => {
          setDoneNotice(undefined);
          await run({ userId: user.id, isDisabled: willDisable });
        }}
      />
    </div>
  );
}
