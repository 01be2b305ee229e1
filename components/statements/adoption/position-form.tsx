'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { recordPositionSchema } from '@/lib/statements/adoption-schemas';
import { positionKinds } from '@/lib/statements/values';
import { ActionForm } from '../../forms/action-form';
import { FormField } from '../../forms/form-field';
import { useActionForm } from '../../forms/use-action-form';
import { Button } from '../../ui/button';
import { SelectInput, TextArea } from '../../ui/field';
import type { AdoptionActions } from './types';

type Props = {
  statementId: string;
  /** The parties the actor may speak for: their own, or any member state for the secretariat. */
  parties: { id: string; name: string }[];
  action: AdoptionActions['recordPositionAction'];
};

/** Records a party's reservation or explanation of position on the adopted text. */
export function PositionForm({ statementId, parties, action }: Props) {
  const t = useTranslations('statementAdoption');
  const kinds = useTranslations('statements.positionKinds');
  const router = useRouter();
  const onlyParty = parties.length === 1 ? parties[0]! : undefined;
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: recordPositionSchema,
    action,
    defaultValues: { statementId, partyId: onlyParty?.id ?? '', kind: 'reservation', text: '' },
    onSuccess: () => {
      form.reset({ statementId, partyId: onlyParty?.id ?? '', kind: 'reservation', text: '' });
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-3">
      {onlyParty ? (
        <p className="text-sm text-slate-700">
          {t('positionParty')}: <span className="font-medium">{onlyParty.name}</span>
        </p>
      ) : (
        <FormField name="partyId" label={t('positionParty')} id="position-party">
          <SelectInput>
            <option value="">{t('chooseParty')}</option>
            {parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </SelectInput>
        </FormField>
      )}
      <FormField name="kind" label={t('positionKind')} id="position-kind">
        <SelectInput>
          {positionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kinds(kind)}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <FormField name="text" label={t('positionText')} id="position-text">
        <TextArea rows={4} />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('recording')}>
        {t('recordPosition')}
      </Button>
    </ActionForm>
  );
}
