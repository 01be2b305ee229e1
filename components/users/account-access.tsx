'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import type { SetUserDisabledInput } from '@/lib/users/schemas';
import { useErrorMessage } from '../forms/use-action-form';
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
  const errorMessage = useErrorMessage();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const willDisable = !user.isDisabled;

  async function apply() {
    const result = await action({ userId: user.id, isDisabled: willDisable });
    if (result.ok) {
      setNotice({ tone: 'success', text: t(willDisable ? 'disabledNotice' : 'enabledNotice') });
      router.refresh();
    } else {
      setNotice({ tone: 'error', text: errorMessage(result.formError ?? 'invalid') ?? '' });
    }
  }

  return (
    <div className="space-y-4">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <p className="text-sm text-slate-700">{t(user.isDisabled ? 'disabledIntro' : 'activeIntro')}</p>
      <ConfirmDialog
        triggerLabel={t(willDisable ? 'disable' : 'enable')}
        title={t(willDisable ? 'disableConfirmTitle' : 'enableConfirmTitle', { name: user.name })}
        body={t(willDisable ? 'disableConfirmBody' : 'enableConfirmBody')}
        confirmLabel={t(willDisable ? 'disable' : 'enable')}
        variant={willDisable ? 'danger' : 'primary'}
        onConfirm={apply}
      />
    </div>
  );
}
