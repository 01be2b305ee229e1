'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { amendmentKinds, paragraphKinds, type ParagraphKind } from '@/lib/statements/values';
import { ActionForm } from '../../forms/action-form';
import { FormField } from '../../forms/form-field';
import { useActionForm } from '../../forms/use-action-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectInput, TextArea } from '../../ui/field';

type Paragraph = { id: string; ref: { kind: ParagraphKind; number: number }; text: string };

type Props = {
  statementId: string;
  /** The circulated revision's paragraphs, in order. */
  paragraphs: Paragraph[];
  action: (input: z.input<typeof proposeAmendmentSchema>) => Promise<ActionResult<{ number: number }>>;
};

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** A delegate's proposal against one paragraph of the circulated text: replace it, add one after it, or delete it, with a rationale. */
export function ProposeAmendmentForm({ statementId, paragraphs, action }: Props) {
  const t = useTranslations('amendments');
  const tKinds = useTranslations('statements');
  const router = useRouter();
  const [proposed, setProposed] = useState<number>();
  const defaultValues = { statementId, paragraphId: '', kind: 'replace' as const, text: '', paragraphKind: 'operative' as const, rationale: '' };
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: proposeAmendmentSchema,
    action,
    defaultValues,
    onSuccess: (amendment) => {
      setProposed(amendment.number);
      form.reset(defaultValues);
      router.refresh();
    },
  });
  const kind = form.watch('kind');
  const paragraphId = form.watch('paragraphId');
  const paragraph = paragraphs.find((p) => p.id === paragraphId);
  const name = (p: Paragraph) => t(`target.${p.ref.kind}`, { number: p.ref.number });

  // A replacement starts from the paragraph's own words, until the delegate has typed their own.
  const paragraphField = form.register('paragraphId', {
    onChange: (event: { target: { value: string } }) => {
      const chosen = paragraphs.find((p) => p.id === event.target.value);
      if (chosen && form.getValues('kind') === 'replace' && !form.getFieldState('text').isDirty) form.setValue('text', chosen.text);
    },
  });

  return (
    <ActionForm
      form={form}
      onSubmit={(event) => {
        // The last proposal's notice goes as the next one is sent.
        setProposed(undefined);
        return onSubmit(event);
      }}
      failure={failure}
      className="space-y-4"
      aria-label={t('propose.title')}
    >
      {proposed !== undefined && <Alert tone="success">{t('propose.proposed', { number: proposed })}</Alert>}
      <FormField name="paragraphId" label={t('propose.paragraph')}>
        {(aria) => (
          <SelectInput {...aria} {...paragraphField}>
            <option value="">{t('propose.choose')}</option>
            {paragraphs.map((p) => (
              <option key={p.id} value={p.id}>
                {`${name(p)}: ${excerpt(p.text)}`}
              </option>
            ))}
          </SelectInput>
        )}
      </FormField>
      {paragraph && <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">{paragraph.text}</p>}
      <FormField name="kind" label={t('propose.kind')}>
        <SelectInput>
          {amendmentKinds.map((k) => (
            <option key={k} value={k}>
              {tKinds(`amendmentKinds.${k}`)}
            </option>
          ))}
        </SelectInput>
      </FormField>
      {kind === 'insert_after' && (
        <FormField name="paragraphKind" label={t('propose.paragraphKind')}>
          <SelectInput>
            {paragraphKinds.map((k) => (
              <option key={k} value={k}>
                {tKinds(`paragraphKinds.${k}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      )}
      {kind !== 'delete' && (
        <FormField name="text" label={kind === 'insert_after' ? t('propose.textInsert') : t('propose.text')}>
          <TextArea rows={4} />
        </FormField>
      )}
      <FormField name="rationale" label={t('propose.rationale')} hint={t('propose.rationaleHint')}>
        <TextArea rows={3} />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('propose.submitting')}>
        {t('propose.submit')}
      </Button>
    </ActionForm>
  );
}
