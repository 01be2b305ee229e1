'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { lodgeObjectionSchema } from '@/lib/statements/adoption-schemas';
import { ActionForm } from '../../forms/action-form';
import { FormField } from '../../forms/form-field';
import { useActionForm } from '../../forms/use-action-form';
import { Button } from '../../ui/button';
import { TextArea } from '../../ui/field';
import type { AdoptionActions } from './types';
import { partyInSentence } from '@/lib/parties/names';

type Props = { statementId: string; party: { id: string; name: string }; action: AdoptionActions['lodgeObjectionAction'] };

/** A member state's delegate objects, for their party, to the text under silence procedure. */
export function ObjectionForm({ statementId, party, action }: Props) {
  const t = useTranslations('statementAdoption');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: lodgeObjectionSchema,
    action,
    defaultValues: { statementId, partyId: party.id, text: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      className="space-y-3"
      confirm={{ title: t('objectionConfirm.title', { party: partyInSentence(party.name) }), body: t('objectionConfirm.body'), confirmLabel: t('lodgeObjection'), variant: 'danger' }}
    >
      <FormField name="text" label={t('objectionFor', { party: partyInSentence(party.name) })} hint={t('objectionHint')} id="objection-text">
        <TextArea rows={4} />
      </FormField>
      <Button type="submit" variant="danger" isPending={isPending} pendingLabel={t('lodging')}>
        {t('lodgeObjection')}
      </Button>
    </ActionForm>
  );
}
