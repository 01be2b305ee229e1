'use client';

import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { numberParagraphs } from '@/lib/statements/numbering';
import { paragraphKinds, type ParagraphKind } from '@/lib/statements/values';
import { FormField, useFieldError } from '../forms/form-field';
import { Button } from '../ui/button';
import { SelectInput, TextArea } from '../ui/field';

type ParagraphValues = { key: string; kind: ParagraphKind; text: string };
type FormWithParagraphs = { paragraphs: ParagraphValues[] };

export const emptyParagraph: ParagraphValues = { key: '', kind: 'operative', text: '' };

/**
 * The paragraphs of a text, in order: each preambular or operative, with the number an operative
 * one will carry shown as the writer works. Paragraphs are added, removed and moved with buttons
 * (keyboard reachable), and keep their hidden key so the next revision knows which is which.
 */
type ParagraphEditorProps = {
  /** Paragraphs the writer may add at once (a report's, from what the meeting recorded), after those already written. */
  addition?: { label: string; paragraphs: ParagraphValues[]; onAdd?: () => void };
};

export function ParagraphEditor({ addition }: ParagraphEditorProps = {}) {
  const t = useTranslations('statements.paragraphs');
  const tKinds = useTranslations('statements.paragraphKinds');
  const { control, register, getValues } = useFormContext<FormWithParagraphs>();
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: 'paragraphs' });
  const kinds = useWatch({ control, name: 'paragraphs' })?.map((p) => ({ kind: p?.kind ?? 'operative' })) ?? [];
  const numbers = numberParagraphs(kinds).map((p) => p.number);
  const listError = useFieldError('paragraphs');

  return (
    <fieldset className="space-y-4">
      <legend className="text-sm font-semibold text-slate-900">{t('legend')}</legend>
      <p className="text-xs text-slate-600">{t('hint')}</p>
      {listError && <p className="text-sm text-red-700">{listError}</p>}
      <ol className="space-y-4">
        {fields.map((field, index) => {
          const position = index + 1;
          const number = numbers[index];
          return (
            <li key={field.id} className="rounded-md border border-slate-200 p-3">
              <input type="hidden" {...register(`paragraphs.${index}.key`)} />
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm font-medium text-slate-800">
                  {t('paragraph', { position })} · {number ? t('willBeNumbered', { number }) : t('preamble')}
                </span>
                <div className="flex gap-1">
                  <Button variant="ghost" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={t('moveUp', { position })}>
                    ↑
                  </Button>
                  <Button variant="ghost" onClick={() => move(index, index + 1)} disabled={index === fields.length - 1} aria-label={t('moveDown', { position })}>
                    ↓
                  </Button>
                  <Button variant="ghost" onClick={() => remove(index)} disabled={fields.length === 1} aria-label={t('remove', { position })}>
                    ✕
                  </Button>
                </div>
              </div>
              <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
                <FormField name={`paragraphs.${index}.kind`} label={t('kind', { position })}>
                  <SelectInput>
                    {paragraphKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {tKinds(kind)}
                      </option>
                    ))}
                  </SelectInput>
                </FormField>
                <FormField name={`paragraphs.${index}.text`} label={t('text', { position })}>
                  <TextArea rows={3} />
                </FormField>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => append(emptyParagraph)}>
          {t('add')}
        </Button>
        {addition && (
          <Button
            variant="secondary"
            onClick={() => {
              // The blank paragraphs a new text starts with give way; what the writer wrote stays first.
              replace([...getValues('paragraphs').filter((p) => p.text.trim()), ...addition.paragraphs]);
              addition.onAdd?.();
            }}
          >
            {addition.label}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
