'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { FormProvider } from 'react-hook-form';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import { createUserSchema, type CreateUserInput } from '@/lib/users/schemas';
import { useActionForm, useErrorMessage } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button, ButtonLink } from '../ui/button';
import { describedBy, Field, TextInput } from '../ui/field';
import { RolePartyFields } from './role-party-fields';
import type { PartyOption } from './types';

type CreateUserFormProps = {
  parties: PartyOption[];
  action: (input: CreateUserInput) => Promise<ActionResult<UserRecord>>;
};

export function CreateUserForm({ parties, action }: CreateUserFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: createUserSchema,
    action,
    defaultValues: { name: '', email: '', role: 'delegate', partyId: '', password: '' },
    onSuccess: (user) => router.push(`/admin/users/${user.id}?notice=created`),
  });
  const errors = form.formState.errors;
  const nameError = errorMessage(errors.name?.message);
  const emailError = errorMessage(errors.email?.message);
  const passwordError = errorMessage(errors.password?.message);
  const passwordHint = t('users.passwordHint');

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      {formError && <Alert tone="error">{errorMessage(formError)}</Alert>}
      <Field id="user-name" label={t('users.name')} error={nameError}>
        <TextInput {...describedBy('user-name', { error: nameError })} autoComplete="off" {...form.register('name')} />
      </Field>
      <Field id="user-email" label={t('users.email')} error={emailError}>
        <TextInput
          {...describedBy('user-email', { error: emailError })}
          type="email"
          autoComplete="off"
          {...form.register('email')}
        />
      </Field>
      <FormProvider {...form}>
        <RolePartyFields idPrefix="user" parties={parties} />
      </FormProvider>
      <Field id="user-password" label={t('users.password')} error={passwordError} hint={passwordHint}>
        <TextInput
          {...describedBy('user-password', { error: passwordError, hint: passwordHint })}
          type="password"
          autoComplete="new-password"
          {...form.register('password')}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('users.creating')}>
          {t('users.create')}
        </Button>
        <ButtonLink variant="secondary" href="/admin/users">
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
