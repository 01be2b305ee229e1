'use client';

import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { roles } from '@/lib/users/values';
import { useErrorMessage } from '../forms/use-action-form';
import { describedBy, Field, SelectInput } from '../ui/field';
import type { PartyOption } from './types';

type RolePartyValues = { role: string; partyId: string | null };

/** The role and party choice shared by the create and change-role forms (inside their FormProvider). */
export function RolePartyFields({ idPrefix, parties }: { idPrefix: string; parties: PartyOption[] }) {
  const t = useTranslations();
  const {
    register,
    formState: { errors },
  } = useFormContext<RolePartyValues>();
  const errorMessage = useErrorMessage();
  const roleError = errorMessage(errors.role?.message);
  const partyError = errorMessage(errors.partyId?.message);
  const roleId = `${idPrefix}-role`;
  const partyId = `${idPrefix}-party`;
  const partyHint = t('users.partyHint');
  return (
    <>
      <Field id={roleId} label={t('users.role')} error={roleError}>
        <SelectInput {...describedBy(roleId, { error: roleError })} {...register('role')}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectInput>
      </Field>
      <Field id={partyId} label={t('users.party')} error={partyError} hint={partyHint}>
        <SelectInput {...describedBy(partyId, { error: partyError, hint: partyHint })} {...register('partyId')}>
          <option value="">{t('users.noParty')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name} ({party.code})
            </option>
          ))}
        </SelectInput>
      </Field>
    </>
  );
}
