'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { Contribution } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { recordContributionSchema } from '@/lib/programme/schemas';
import { contributionKinds } from '@/lib/programme/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';

type ContributionFormProps = {
  parties: { id: string; name: string }[];
  projects: { id: string; code: string; title: string }[];
  defaultYear: number;
  action: (input: z.input<typeof recordContributionSchema>) => Promise<ActionResult<Contribution>>;
};

export function ContributionForm({ parties, projects, defaultYear, action }: ContributionFormProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const [isRecorded, setIsRecorded] = useState(false);
  const empty = { partyId: '', year: defaultYear, kind: 'pledge' as const, amount: '', currency: 'USD', date: '', projectId: '', note: '' };
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: recordContributionSchema,
    action,
    defaultValues: empty,
    onSuccess: () => {
      setIsRecorded(true);
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsRecorded(false)} failure={failure} className="space-y-4">
      {isRecorded && <Alert tone="success">{t('contributionRecorded')}</Alert>}
      <div className="grid gap-4 md:grid-cols-3">
        <FormField name="partyId" id="contribution-party" label={t('party')}>
          <SelectInput>
            <option value="">{t('chooseParty')}</option>
            {parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="year" id="contribution-year" label={t('year')}>
          <TextInput type="number" inputMode="numeric" />
        </FormField>
        <FormField name="kind" id="contribution-kind" label={t('kind')}>
          <SelectInput>
            {contributionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`contributionKinds.${kind}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField name="amount" id="contribution-amount" label={t('amount')} hint={t('amountHint')}>
          <TextInput inputMode="decimal" />
        </FormField>
        <FormField name="currency" id="contribution-currency" label={t('currency')} hint={t('currencyHint')}>
          <TextInput maxLength={3} />
        </FormField>
        <FormField name="date" id="contribution-date" label={t('date')}>
          <TextInput type="date" />
        </FormField>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="projectId" id="contribution-project" label={t('earmarked')}>
          <SelectInput>
            <option value="">{t('coreFund')}</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.code}: {project.title}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="note" id="contribution-note" label={t('note')}>
          <TextInput />
        </FormField>
      </div>
      <Button type="submit" isPending={isPending} pendingLabel={t('recordingContribution')}>
        {t('recordContribution')}
      </Button>
    </ActionForm>
  );
}
