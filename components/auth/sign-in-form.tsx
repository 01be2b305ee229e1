'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { safeCallbackPath } from '@/lib/safe-redirect';
import type { signInSchema } from '@/lib/users/sign-in-schemas';
import { accountPendingError, accountRefusedError, retryAfterSecondsOf } from '@/lib/users/sign-in-limits';
import { FormField } from '../forms/form-field';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type Notice = 'accountDisabled' | 'signedOut' | 'sessionEnded' | 'signedOutElsewhere' | undefined;

/**
 * Why the last attempt did not sign in: the usual answer, a pause after too many failures, or (for the
 * right password) an account that waits for the secretariat's confirmation or was refused.
 */
type Failure = { retryAfterSeconds: number | null; notConfirmed: 'pending' | 'refused' | null };

function failureOf(error: string | null | undefined): Failure {
  const notConfirmed = error === accountPendingError ? 'pending' : error === accountRefusedError ? 'refused' : null;
  return { retryAfterSeconds: retryAfterSecondsOf(error), notConfirmed };
}

function failureMessageKey(failure: Failure) {
  if (failure.retryAfterSeconds) return 'throttled' as const;
  if (failure.notConfirmed === 'pending') return 'accountPending' as const;
  if (failure.notConfirmed === 'refused') return 'accountRefused' as const;
  return 'invalidCredentials' as const;
}

type Values = z.input<typeof signInSchema>;
type Parsed = z.output<typeof signInSchema>;

// The sign-in page is the one everybody loads first: zod arrives with the first submission (or the
// first keystroke, which starts fetching it), not with the page.
const loadResolver = () => import('./sign-in-resolver').then((m) => m.signInResolver as Resolver<Values, unknown, Parsed>);
const lazyResolver: Resolver<Values, unknown, Parsed> = async (...args) => (await loadResolver())(...args);

// Sign-in goes through next-auth's own endpoint (it sets the session cookie), so it is not a server
// action; it still validates with the same zod schema as the server's authorize().
export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice: Notice }) {
  const t = useTranslations('auth');
  const [failure, setFailure] = useState<Failure>();
  const form = useForm<Values, unknown, Parsed>({ resolver: lazyResolver, defaultValues: { email: '', password: '' } });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const target = safeCallbackPath(callbackUrl, window.location.origin);
    const result = await signIn('credentials', { ...values, callbackUrl: target, redirect: false });
    // Only the status tells: next-auth reads `error` from the URL it answers with, which on success is
    // the target, and a target may carry an `error` of its own (this page's ?error=SessionEnded does).
    if (!result?.ok) {
      setFailure(failureOf(result?.error));
      form.resetField('password');
      return;
    }
    // A full load, so every server component renders with the new session.
    window.location.assign(target);
  });

  return (
    <FormProvider {...form}>
      {/* post: sent before its script has loaded, the form must not put the password in the address */}
      <form method="post" onSubmit={onSubmit} onInput={() => void loadResolver()} noValidate className="space-y-5">
        {failure && (
          <Alert tone="error" testId="sign-in-error">
            {t(failureMessageKey(failure), { minutes: Math.ceil((failure.retryAfterSeconds ?? 0) / 60) })}
          </Alert>
        )}
        {!failure && notice === 'accountDisabled' && <Alert tone="error">{t('accountDisabled')}</Alert>}
        {!failure && notice === 'signedOutElsewhere' && <Alert tone="info">{t('signedOutElsewhere')}</Alert>}
        {!failure && notice === 'signedOut' && <Alert tone="success">{t('signedOut')}</Alert>}
        {!failure && notice === 'sessionEnded' && <Alert tone="info">{t('sessionEnded')}</Alert>}
        <FormField name="email" label={t('email')}>
          <TextInput type="email" autoComplete="username" autoFocus />
        </FormField>
        <FormField name="password" label={t('password')}>
          <TextInput type="password" autoComplete="current-password" />
        </FormField>
        <Button type="submit" className="w-full" isPending={form.formState.isSubmitting} pendingLabel={t('signingIn')}>
          {t('signIn')}
        </Button>
      </form>
    </FormProvider>
  );
}
