'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Party } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { createInvitationSchema, type CreateInvitationInput } from '@/lib/invitations/schemas';
import { invitationRoles } from '@/lib/invitations/values';
import { roleForPartyKind } from '@/lib/parties/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';

type Created = { invitation: { email: string }; link: string };

type InviteFormProps = {
  meetingId: string;
  parties: Pick<Party, 'id' | 'code' | 'name' | 'kind'>[];
  action: (input: CreateInvitationInput) => Promise<ActionResult<Created>>;
};

/**
 * Invites a focal point. The link goes out by email; it is also shown here once, to pass on by hand
 * if the email does not arrive (only its hash is kept).
 */
export function InviteForm({ meetingId, parties, action }: InviteFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [created, setCreated] = useState<Created>();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: createInvitationSchema,
    action,
    defaultValues: { meetingId, name: '', email: '', partyId: '', role: 'delegate' },
    onSuccess: (data) => {
      setCreated(data);
      form.reset();
      router.refresh();
    },
  });

  // Choosing a party suggests its usual role: observers for an observer, delegates otherwise.
  function suggestRole() {
    const party = parties.find((p) => p.id === form.getValues('partyId'));
    if (party) form.setValue('role', roleForPartyKind(party.kind));
  }

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-5">
      {created && (
        <Alert tone="success">
          <p>{t('invitations.sent', { email: created.invitation.email })}</p>
          <p className="my-2 break-all">
            <code data-testid="invitation-link" className="rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 select-all">
              {created.link}
            </code>
          </p>
          <p>{t('invitations.sentPassOn')}</p>
        </Alert>
      )}
      <input type="hidden" {...form.register('meetingId')} />
      <FormField name="name" id="invite-name" label={t('invitations.name')}>
        <TextInput autoComplete="off" />
      </FormField>
      <FormField name="email" id="invite-email" label={t('invitations.email')}>
        <TextInput type="email" autoComplete="off" />
      </FormField>
      <FormField name="partyId" id="invite-party" label={t('invitations.party')} registerOptions={{ onChange: suggestRole }}>
        <SelectInput>
          <option value="">{t('invitations.choose')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name} ({party.code})
            </option>
          ))}
        </SelectInput>
      </FormField>
      <FormField name="role" id="invite-role" label={t('invitations.role')}>
        <SelectInput>
          {invitationRoles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('invitations.inviting')}>
        {t('invitations.invite')}
      </Button>
    </ActionForm>
  );
}
