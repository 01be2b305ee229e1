'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { itemTransitions } from '@/lib/agenda/lifecycle';
import { addFollowUpSchema, recordOutcomeSchema, type ChangeItemStatusInput } from '@/lib/agenda/schemas';
import type { AgendaItemStatus } from '@/lib/agenda/values';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { ActionForm } from '../forms/action-form';
import { CheckboxField, FormField } from '../forms/form-field';
import { useAction } from '../forms/use-action';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';
import type { Option } from './types';

type ItemConductProps = {
  item: { id: string; number: string; title: string; status: AgendaItemStatus; outcome: string | null };
  parties: Option[];
  statusAction: (input: ChangeItemStatusInput) => Promise<ActionResult<unknown>>;
  outcomeAction: (input: z.input<typeof recordOutcomeSchema>) => Promise<ActionResult<unknown>>;
  followUpAction: (input: z.input<typeof addFollowUpSchema>) => Promise<ActionResult<unknown>>;
};

/** At the meeting: the chair or the secretariat takes the item up, concludes or defers it, and records its outcome and follow-ups. */
export function ItemConduct({ item, parties, statusAction, outcomeAction, followUpAction }: ItemConductProps) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const { run, failure, isPending } = useAction(statusAction, { onSuccess: () => router.refresh() });
  // The step taken spins; the others wait, disabled.
  const [step, setStep] = useState<AgendaItemStatus>();
  const label = `${item.number}. ${item.title}`;
  return (
    <div className="mt-3 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="flex flex-wrap gap-2">
        {itemTransitions[item.status].map((to) => (
          <Button
            key={to}
            variant={to === 'in_discussion' ? 'primary' : 'secondary'}
            isPending={isPending && step === to}
            disabled={isPending}
            aria-label={t(`itemSteps.${to}Label`, { item: label })}
            onClick={() => {
              setStep(to);
              void run({ itemId: item.id, status: to });
            }}
          >
            {t(`itemSteps.${to}`)}
          </Button>
        ))}
      </div>
      <ActionFailureAlert failure={failure} />
      <OutcomeForm item={item} action={outcomeAction} />
      <FollowUpForm item={item} parties={parties} action={followUpAction} />
    </div>
  );
}

function OutcomeForm({ item, action }: Pick<ItemConductProps, 'item'> & { action: ItemConductProps['outcomeAction'] }) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: recordOutcomeSchema,
    action,
    defaultValues: { itemId: item.id, outcome: item.outcome ?? '' },
    onSuccess: () => {
      setIsSaved(true);
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsSaved(false)} failure={failure} className="space-y-2">
      {isSaved && <Alert tone="success">{t('outcomeSaved')}</Alert>}
      <FormField name="outcome" id={`outcome-${item.id.slice(0, 8)}`} label={t('outcomeFor', { item: `${item.number}. ${item.title}` })}>
        <TextArea rows={2} />
      </FormField>
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('saving')}>
        {t('saveOutcome')}
      </Button>
    </ActionForm>
  );
}

function FollowUpForm({ item, parties, action }: Pick<ItemConductProps, 'item' | 'parties'> & { action: ItemConductProps['followUpAction'] }) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const [isAdded, setIsAdded] = useState(false);
  const empty = { itemId: item.id, description: '', ownerPartyId: '', dueDate: '', dueByNextMeeting: false };
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: addFollowUpSchema,
    action,
    defaultValues: empty,
    onSuccess: () => {
      setIsAdded(true);
      form.reset(empty);
      router.refresh();
    },
  });
  const id = (name: string) => `follow-up-${item.id.slice(0, 8)}-${name}`;
  return (
    <details className="rounded-md bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('addFollowUpFor', { item: item.number })}</summary>
      <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsAdded(false)} failure={failure} className="mt-3 space-y-3">
        {isAdded && <Alert tone="success">{t('followUpAdded')}</Alert>}
        <FormField name="description" id={id('description')} label={t('followUp.description')}>
          <TextInput />
        </FormField>
        <div className="grid gap-3 md:grid-cols-2">
          <FormField name="ownerPartyId" id={id('owner')} label={t('followUp.owner')}>
            <SelectInput>
              <option value="">{t('followUp.secretariat')}</option>
              {parties.map((party) => (
                <option key={party.id} value={party.id}>
                  {party.label}
                </option>
              ))}
            </SelectInput>
          </FormField>
          <FormField name="dueDate" id={id('due')} label={t('followUp.dueDate')}>
            <TextInput type="date" />
          </FormField>
        </div>
        <CheckboxField name="dueByNextMeeting" id={id('next')} label={t('followUp.byNextMeeting')} />
        <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('saving')}>
          {t('addFollowUp')}
        </Button>
      </ActionForm>
    </details>
  );
}
