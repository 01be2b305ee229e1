'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from '@/lib/users/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type ChangePasswordFormProps = {
  /** The account's email, for password managers to file the new password under. */
  email: string;
  action: (input: ChangeOwnPasswordInput) => Promise<ActionResult<null>>;
  /**
   * `account`: a change on the account page, which stays there. `temporary`: replacing a temporary
   * password, after which the person goes on into the app.
   */
  purpose: 'account' | 'temporary';
};

/** The person's own password change: the current (or temporary) password, then the new one twice. */
export function ChangePasswordForm({ email, action, purpose }: ChangePasswordFormProps) {
  const t = useTranslations('account');
  const [isChanged, setIsChanged] = useState(false);
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: changeOwnPasswordSchema,
    action,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    leavesOnSuccess: purpose === 'temporary',
    onSuccess: () => {
      // A full load, so every server component renders with the renewed session.
      if (purpose === 'temporary') return window.location.assign('/');
      form.reset();
      setIsChanged(true);
    },
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsChanged(false)} failure={failure} className="space-y-5">
      {isChanged && <Alert tone="success">{t('changed')}</Alert>}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <FormField name="currentPassword" label={t(purpose === 'temporary' ? 'temporaryPassword' : 'currentPassword')}>
        <TextInput type="password" autoComplete="current-password" autoFocus={purpose === 'temporary'} />
      </FormField>
      <FormField name="newPassword" label={t('newPassword')} hint={t('newPasswordHint')}>
        <TextInput type="password" autoComplete="new-password" />
      </FormField>
      <FormField name="confirmPassword" label={t('confirmPassword')}>
        <TextInput type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" className={purpose === 'temporary' ? 'w-full' : undefined} isPending={isPending} pendingLabel={t('changing')}>
        {t(purpose === 'temporary' ? 'forcedSubmit' : 'change')}
      </Button>
    </ActionForm>
  );
}
