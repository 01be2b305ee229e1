'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { addAgendaItemSchema, updateAgendaItemSchema } from '@/lib/agenda/schemas';
import { agendaItemKinds, presenterKinds } from '@/lib/agenda/values';
import { ActionForm } from '../forms/action-form';
import { CheckboxField, FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';
import type { BuilderItem, ItemFormOptions, Option } from './types';

type Common = {
  /** Makes the form's field ids unique on a page with many forms. */
  idPrefix: string;
  options: ItemFormOptions;
  needsReason: boolean;
  onDone: () => void;
};

type AddProps = Common & {
  meetingId: string;
  /** Top-level items, as places a new sub-item can go. */
  parents: Option[];
  action: (input: z.input<typeof addAgendaItemSchema>) => Promise<ActionResult<unknown>>;
};

type EditProps = Common & { item: BuilderItem; action: (input: z.input<typeof updateAgendaItemSchema>) => Promise<ActionResult<unknown>> };

function ItemFields({ idPrefix, options, needsReason }: Omit<Common, 'onDone'>) {
  const t = useTranslations('agenda');
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <FormField name="title" id={id('title')} label={t('fields.title')}>
        <TextInput />
      </FormField>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField name="kind" id={id('kind')} label={t('fields.kind')}>
          <SelectInput>
            {agendaItemKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="durationMinutes" id={id('duration')} label={t('fields.duration')}>
          <TextInput type="number" min={1} max={1440} inputMode="numeric" />
        </FormField>
        <FormField name="sessionId" id={id('session')} label={t('fields.session')}>
          <SelectInput>
            <option value="">{t('fields.noSession')}</option>
            {options.sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.label}
              </option>
            ))}
          </SelectInput>
        </FormField>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField name="presenterKind" id={id('presenter-kind')} label={t('fields.presenterKind')}>
          <SelectInput>
            <option value="">{t('fields.noPresenter')}</option>
            {presenterKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`presenterKinds.${kind}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="presenterPartyId" id={id('presenter-party')} label={t('fields.presenterParty')}>
          <SelectInput>
            <option value="">{t('fields.noParty')}</option>
            {options.parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.label}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="presenterName" id={id('presenter-name')} label={t('fields.presenterName')}>
          <TextInput />
        </FormField>
      </div>
      <FormField name="annotation" id={id('annotation')} label={t('fields.annotation')} hint={t('fields.annotationHint')}>
        <TextArea rows={4} />
      </FormField>
      {options.documents.length > 0 && (
        <FormField name="documentIds" id={id('documents')} label={t('fields.documents')} hint={t('fields.documentsHint')}>
          <SelectInput multiple size={Math.min(5, options.documents.length)}>
            {options.documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.label}
              </option>
            ))}
          </SelectInput>
        </FormField>
      )}
      <CheckboxField name="isRecurring" id={id('recurring')} label={t('fields.recurring')} hint={t('fields.recurringHint')} />
      {needsReason && (
        <FormField name="reason" id={id('reason')} label={t('reason')} hint={t('reasonHint')}>
          <TextInput />
        </FormField>
      )}
    </>
  );
}

const emptyFields = {
  title: '',
  annotation: '',
  kind: 'substantive' as const,
  presenterKind: '' as const,
  presenterPartyId: '',
  presenterName: '',
  durationMinutes: '',
  sessionId: '',
  isRecurring: false,
  documentIds: [] as string[],
  reason: '',
};

export function AddAgendaItemForm({ meetingId, parents, action, onDone, ...common }: AddProps) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: addAgendaItemSchema,
    action,
    defaultValues: { meetingId, parentId: '', carriedFromItemId: '', ...emptyFields },
    onSuccess: () => {
      form.reset({ meetingId, parentId: form.getValues('parentId'), carriedFromItemId: '', ...emptyFields });
      router.refresh();
      onDone();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-4">
      <FormField name="parentId" id={`${common.idPrefix}-parent`} label={t('fields.parent')}>
        <SelectInput>
          <option value="">{t('fields.topLevel')}</option>
          {parents.map((parent) => (
            <option key={parent.id} value={parent.id}>
              {parent.label}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <ItemFields {...common} />
      <Button type="submit" isPending={isPending} pendingLabel={t('adding')}>
        {t('addItem')}
      </Button>
    </ActionForm>
  );
}

export function EditAgendaItemForm({ item, action, onDone, ...common }: EditProps) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: updateAgendaItemSchema,
    action,
    defaultValues: {
      itemId: item.id,
      title: item.title,
      annotation: item.annotation ?? '',
      kind: item.kind,
      presenterKind: item.presenterKind ?? '',
      presenterPartyId: item.presenterPartyId ?? '',
      presenterName: item.presenterName ?? '',
      durationMinutes: item.durationMinutes ?? '',
      sessionId: item.sessionId ?? '',
      isRecurring: item.isRecurring,
      documentIds: item.documentIds,
      reason: '',
    },
    onSuccess: () => {
      router.refresh();
      onDone();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-4">
      <ItemFields {...common} />
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('saving')}>
          {t('saveItem')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </ActionForm>
  );
}
