'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action';
import { registerPath } from '@/lib/accounts/links';
import {
  acceptInvitationWithAccountSchema,
  type AcceptInvitationInput,
  type AcceptInvitationWithAccountInput,
} from '@/lib/invitations/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useAction } from '../forms/use-action';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type Accepted = { meetingId: string };

// A full load, so every server component renders with the (new) session.
const goRegister = ({ meetingId }: Accepted) => window.location.assign(registerPath(meetingId));

/** Signed out, with no account for the invited email: the account is made, signed in, and on to register. */
export function AcceptInvitationForm({
  token,
  name,
  email,
  action,
}: {
  token: string;
  name: string;
  email: string;
  action: (input: AcceptInvitationWithAccountInput) => Promise<ActionResult<Accepted>>;
}) {
  const t = useTranslations('invitations');
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: acceptInvitationWithAccountSchema,
    action,
    defaultValues: { token, name, password: '' },
    leavesOnSuccess: true,
    onSuccess: goRegister,
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-5">
      <input type="hidden" {...form.register('token')} />
      <p className="text-sm text-slate-700">{t('createIntro', { email })}</p>
      <FormField name="name" id="invitation-name" label={t('name')}>
        <TextInput autoComplete="name" />
      </FormField>
      {/* The browser's password manager files the new password under the invited email. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField name="password" id="invitation-password" label={t('password')} hint={t('passwordHint')}>
        <TextInput type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" className="w-full" isPending={isPending} pendingLabel={t('accepting')}>
        {t('accept')}
      </Button>
    </ActionForm>
  );
}

/** Signed in as the invited person: one click uses the invitation, then on to register. */
export function AcceptInvitationButton({ token, action }: { token: string; action: (input: AcceptInvitationInput) => Promise<ActionResult<Accepted>> }) {
  const t = useTranslations('invitations');
  const { run, isPending, failure } = useAction(action, { onSuccess: goRegister, leavesOnSuccess: true });
  return (
    <div className="space-y-4">
      <ActionFailureAlert failure={failure} />
      <Button className="w-full" isPending={isPending} pendingLabel={t('accepting')} onClick={() => void run({ token })}>
        {t('accept')}
      </Button>
    </div>
  );
}
