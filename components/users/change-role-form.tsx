'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UserRecord } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action';
import { changeUserRoleSchema, type ChangeUserRoleInput } from '@/lib/users/schemas';
import { ActionForm } from '../forms/action-form';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { RolePartyFields } from './role-party-fields';
import type { PartyOption } from './types';

type ChangeRoleFormProps = {
  user: Pick<UserRecord, 'id' | 'role' | 'partyId'>;
  parties: PartyOption[];
  action: (input: ChangeUserRoleInput) => Promise<ActionResult<UserRecord>>;
};

export function ChangeRoleForm({ user, parties, action }: ChangeRoleFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: changeUserRoleSchema,
    action,
    defaultValues: { userId: user.id, role: user.role, partyId: user.partyId ?? '' },
    onSuccess: () => {
      setIsSaved(true);
      router.refresh();
    },
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsSaved(false)} failure={failure} className="space-y-5">
      {isSaved && <Alert tone="success">{t('users.roleSaved')}</Alert>}
      <input type="hidden" {...form.register('userId')} />
      <RolePartyFields idPrefix="change" parties={parties} />
      <Button type="submit" isPending={isPending} pendingLabel={t('common.saving')}>
        {t('common.save')}
      </Button>
    </ActionForm>
  );
}
