'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Party } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { countryName } from '@/lib/parties/countries';
import { addPartySchema, type AddPartyInput } from '@/lib/parties/schemas';
import { partyKinds } from '@/lib/parties/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';

type AddPartyFormProps = { action: (input: AddPartyInput) => Promise<ActionResult<Party>> };

/**
 * Adds a party. For a member state, typing its ISO code fills in the country's English name (from the
 * browser's own list of regions), until the name is edited by hand.
 */
export function AddPartyForm({ action }: AddPartyFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [added, setAdded] = useState<string>();
  const [suggestedName, setSuggestedName] = useState('');
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: addPartySchema,
    action,
    defaultValues: { code: '', name: '', kind: 'member_state' },
    onSuccess: (party) => {
      setAdded(party.name);
      setSuggestedName('');
      form.reset();
      router.refresh();
    },
  });

  function suggestName() {
    const { code, kind, name } = form.getValues();
    if (kind !== 'member_state') return;
    const suggestion = countryName(code) ?? '';
    // Only a name that is empty or still the last suggestion is replaced: one typed by hand stays.
    if (name === '' || name === suggestedName) {
      form.setValue('name', suggestion);
      setSuggestedName(suggestion);
    }
  }

  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setAdded(undefined)} failure={failure} className="max-w-xl space-y-5">
      {added && <Alert tone="success">{t('parties.added', { name: added })}</Alert>}
      <FormField name="kind" id="party-kind" label={t('parties.kind')} registerOptions={{ onChange: suggestName }}>
        <SelectInput>
          {partyKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`partyKinds.${kind}`)}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <FormField name="code" id="party-code" label={t('parties.code')} hint={t('parties.codeHint')} registerOptions={{ onChange: suggestName }}>
        <TextInput autoComplete="off" className="max-w-40 uppercase" />
      </FormField>
      <FormField name="name" id="party-name" label={t('parties.name')} hint={t('parties.nameHint')}>
        <TextInput autoComplete="off" />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('parties.adding')}>
        {t('parties.add')}
      </Button>
    </ActionForm>
  );
}
