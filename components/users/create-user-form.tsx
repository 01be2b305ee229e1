'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import { createUserSchema, type CreateUserInput } from '@/lib/users/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, ButtonLink } from '../ui/button';
import { TextInput } from '../ui/field';
import { RolePartyFields } from './role-party-fields';
import type { PartyOption } from './types';

type CreateUserFormProps = {
  parties: PartyOption[];
  action: (input: CreateUserInput) => Promise<ActionResult<UserRecord>>;
};

export function CreateUserForm({ parties, action }: CreateUserFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: createUserSchema,
    action,
    defaultValues: { name: '', email: '', role: 'delegate', partyId: '', password: '' },
    leavesOnSuccess: true,
    onSuccess: (user) => router.push(`/admin/users/${user.id}?notice=created`),
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-xl space-y-5">
      <FormField name="name" id="user-name" label={t('users.name')}>
        <TextInput autoComplete="off" />
      </FormField>
      <FormField name="email" id="user-email" label={t('users.email')}>
        <TextInput type="email" autoComplete="off" />
      </FormField>
      <RolePartyFields idPrefix="user" parties={parties} />
      <FormField name="password" id="user-password" label={t('users.password')} hint={t('users.passwordHint')}>
        <TextInput type="password" autoComplete="new-password" />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('users.creating')}>
          {t('users.create')}
        </Button>
        <ButtonLink variant="secondary" href="/admin/users">
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}
