'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { statementPath } from '@/lib/statements/links';
import { createStatementSchema, saveRevisionSchema } from '@/lib/statements/schemas';
import { statementKinds, type ParagraphKind } from '@/lib/statements/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, ButtonLink } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';
import { emptyParagraph, ParagraphEditor } from './paragraph-editor';

type Saved = { id: string; meetingId: string; currentRevision: number };

type CreateProps = {
  meetingId: string;
  agendaItems: { id: string; label: string }[];
  /** What a report may start from: its title and paragraphs from what the meeting recorded under its agenda. */
  report: { title: string; paragraphs: { key: string; kind: ParagraphKind; text: string }[] };
  action: (input: z.input<typeof createStatementSchema>) => Promise<ActionResult<Saved>>;
};

/** The first revision of a new statement: its title, kind, agenda item and paragraphs. */
export function CreateStatementForm({ meetingId, agendaItems, report, action }: CreateProps) {
  const t = useTranslations('statements');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: createStatementSchema,
    action,
    defaultValues: {
      meetingId,
      title: '',
      kind: 'statement',
      agendaItemId: '',
      paragraphs: [
        { ...emptyParagraph, kind: 'preambular' },
        { ...emptyParagraph },
      ],
    },
    leavesOnSuccess: true,
    onSuccess: (statement) => router.push(`${statementPath(statement)}?notice=created`),
  });
  const isReport = form.watch('kind') === 'report';
  // Once added, the record is not offered again: a second click would only repeat it.
  const [hasAddedRecord, setHasAddedRecord] = useState(false);
  const record = isReport && report.paragraphs.length > 0 && !hasAddedRecord
    ? {
        label: t('addRecord', { count: report.paragraphs.length }),
        paragraphs: report.paragraphs,
        onAdd: () => {
          if (!form.getValues('title').trim()) form.setValue('title', report.title);
          setHasAddedRecord(true);
        },
      }
    : undefined;
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-5">
      <FormField name="title" label={t('fields.title')}>
        <TextInput />
      </FormField>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="kind" label={t('fields.kind')}>
          <SelectInput>
            {statementKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="agendaItemId" label={t('fields.agendaItem')} hint={t('fields.agendaItemHint')}>
          <SelectInput>
            <option value="">{t('fields.noAgendaItem')}</option>
            {agendaItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </SelectInput>
        </FormField>
      </div>
      {isReport && report.paragraphs.length === 0 && <p className="text-sm text-slate-600">{t('noRecordYet')}</p>}
      <ParagraphEditor addition={record} />
      <Button type="submit" isPending={isPending} pendingLabel={t('creating')}>
        {t('create')}
      </Button>
    </ActionForm>
  );
}

type EditProps = {
  statement: { id: string; meetingId: string; currentRevision: number };
  paragraphs: { key: string; kind: ParagraphKind; text: string }[];
  action: (input: z.input<typeof saveRevisionSchema>) => Promise<ActionResult<Saved>>;
};

/** The next revision of the text, based on the one shown: a save over a newer one is refused and shows what changed. */
export function EditStatementForm({ statement, paragraphs, action }: EditProps) {
  const t = useTranslations('statements');
  const router = useRouter();
  const next = statement.currentRevision + 1;
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: saveRevisionSchema,
    action,
    defaultValues: { statementId: statement.id, basedOnRevision: statement.currentRevision, note: '', paragraphs },
    leavesOnSuccess: true,
    onSuccess: (saved) => router.push(`${statementPath(saved)}?notice=saved`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-5">
      <ParagraphEditor />
      <FormField name="note" label={t('fields.note')} hint={t('fields.noteHint')}>
        <TextInput />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('saving')}>
          {t('saveRevision', { next })}
        </Button>
        <ButtonLink variant="secondary" href={statementPath(statement)}>
          {t('cancel')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}
