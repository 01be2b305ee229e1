'use client';

import { useTranslations } from 'next-intl';
import { roles } from '@/lib/users/values';
import { FormField } from '../forms/form-field';
import { SelectInput } from '../ui/field';
import type { PartyOption } from './types';

/** The role and party choice shared by the create and change-role forms (inside their ActionForm). */
export function RolePartyFields({ idPrefix, parties }: { idPrefix: string; parties: PartyOption[] }) {
  const t = useTranslations();
  return (
    <>
      <FormField name="role" id={`${idPrefix}-role`} label={t('users.role')}>
        <SelectInput>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <FormField name="partyId" id={`${idPrefix}-party`} label={t('users.party')} hint={t('users.partyHint')}>
        <SelectInput>
          <option value="">{t('users.noParty')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name} ({party.code})
            </option>
          ))}
        </SelectInput>
      </FormField>
    </>
  );
}
