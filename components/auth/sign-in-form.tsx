'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { signInSchema } from '@/lib/users/schemas';
import { useErrorMessage } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { describedBy, Field, TextInput } from '../ui/field';

type Notice = 'accountDisabled' | 'signedOut' | 'sessionEnded' | undefined;

// Sign-in goes through next-auth's own endpoint (it sets the session cookie), so it is not a server
// action; it still validates with the same zod schema as the server's authorize().
export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice: Notice }) {
  const t = useTranslations('auth');
  const errorMessage = useErrorMessage();
  const [hasFailed, setHasFailed] = useState(false);
  const form = useForm<z.input<typeof signInSchema>, unknown, z.output<typeof signInSchema>>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });
  const errors = form.formState.errors;
  const emailError = errorMessage(errors.email?.message);
  const passwordError = errorMessage(errors.password?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setHasFailed(false);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result?.ok || result.error) {
      setHasFailed(true);
      form.resetField('password');
      return;
    }
    // A full load, so every server component renders with the new session.
    window.location.assign(safeCallbackPath(callbackUrl));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {hasFailed && (
        <Alert tone="error" testId="sign-in-error">
          {t('invalidCredentials')}
        </Alert>
      )}
      {!hasFailed && notice === 'accountDisabled' && <Alert tone="error">{t('accountDisabled')}</Alert>}
      {!hasFailed && notice === 'signedOut' && <Alert tone="success">{t('signedOut')}</Alert>}
      {!hasFailed && notice === 'sessionEnded' && <Alert tone="info">{t('sessionEnded')}</Alert>}
      <Field id="email" label={t('email')} error={emailError}>
        <TextInput {...describedBy('email', { error: emailError })} type="email" autoComplete="username" autoFocus {...form.register('email')} />
      </Field>
      <Field id="password" label={t('password')} error={passwordError}>
        <TextInput
          {...describedBy('password', { error: passwordError })}
          type="password"
          autoComplete="current-password"
          {...form.register('password')}
        />
      </Field>
      <Button type="submit" className="w-full" isPending={form.formState.isSubmitting} pendingLabel={t('signingIn')}>
        {t('signIn')}
      </Button>
    </form>
  );
}
