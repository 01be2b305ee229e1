'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { produceRevisionSchema } from '@/lib/statements/amendment-schemas';
import { statementPath } from '@/lib/statements/links';
import type { ParagraphKind } from '@/lib/statements/values';
import { ActionForm } from '../../forms/action-form';
import { FormField } from '../../forms/form-field';
import { useActionForm } from '../../forms/use-action-form';
import { Button } from '../../ui/button';
import { TextArea, TextInput } from '../../ui/field';

type Conflict = {
  paragraphId: string;
  target: { kind: ParagraphKind; number: number };
  text: string;
  amendments: { id: string; number: number; partyName: string; words: string | null }[];
};

type Props = {
  statement: { id: string; meetingId: string };
  basedOnRevision: number;
  nextRevision: number;
  amendmentIds: string[];
  conflicts: Conflict[];
  action: (input: z.input<typeof produceRevisionSchema>) => Promise<ActionResult<{ id: string; meetingId: string }>>;
};

/**
 * Produces the next revision from the accepted amendments. Each paragraph two of them rewrite is
 * settled here by the user, its final words or its deletion: nothing wins by default.
 */
export function MergeForm({ statement, basedOnRevision, nextRevision, amendmentIds, conflicts, action }: Props) {
  const t = useTranslations('amendments');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: produceRevisionSchema,
    action,
    defaultValues: {
      statementId: statement.id,
      basedOnRevision,
      amendmentIds,
      resolutions: conflicts.map((c) => ({ paragraphId: c.paragraphId, outcome: 'text' as const, text: '' })),
      note: '',
    },
    leavesOnSuccess: true,
    onSuccess: (saved) => router.push(`${statementPath(saved)}?notice=merged`),
  });
  const outcomes = form.watch('resolutions');

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-6" aria-label={t('merge.title', { revision: nextRevision })}>
      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-heading" className="space-y-4">
          <h2 id="conflicts-heading" className="text-base font-semibold text-slate-900">
            {t('merge.conflicts')}
          </h2>
          <p className="text-sm text-slate-600">{t('merge.conflictsIntro')}</p>
          {conflicts.map((conflict, index) => {
            const paragraph = t(`target.${conflict.target.kind}`, { number: conflict.target.number });
            const deleting = outcomes?.[index]?.outcome === 'delete';
            return (
              <fieldset key={conflict.paragraphId} className="space-y-3 rounded-md border border-amber-300 bg-amber-50/40 p-4">
                <legend className="px-1 text-sm font-semibold text-slate-900">{t('merge.settle', { paragraph })}</legend>
                <p className="text-sm">
                  <span className="font-medium">{t('merge.current')}: </span>
                  {conflict.text}
                </p>
                <ul className="space-y-1 text-sm">
                  {conflict.amendments.map((a) => (
                    <li key={a.id}>
                      <span className="font-medium">{t('heading', { number: a.number, party: a.partyName })}: </span>
                      {a.words ?? t('merge.deletes')}
                    </li>
                  ))}
                </ul>
                <div className="flex flex-wrap gap-4 text-sm" role="radiogroup" aria-label={t('merge.outcome', { paragraph })}>
                  <label className="flex items-center gap-2">
                    <input type="radio" value="text" className="accent-brand-700" {...form.register(`resolutions.${index}.outcome`)} />
                    {t('merge.keepWords')}
                  </label>
                  <label className="flex items-center gap-2">
                    <input type="radio" value="delete" className="accent-brand-700" {...form.register(`resolutions.${index}.outcome`)} />
                    {t('merge.deleteParagraph')}
                  </label>
                </div>
                {!deleting && (
                  <FormField name={`resolutions.${index}.text`} label={t('merge.finalWords', { paragraph })}>
                    <TextArea rows={3} />
                  </FormField>
                )}
              </fieldset>
            );
          })}
        </section>
      )}
      <FormField name="note" label={t('merge.note')} hint={t('merge.noteHint')}>
        <TextInput />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('merge.submitting')}>
        {t('merge.submit', { revision: nextRevision })}
      </Button>
    </ActionForm>
  );
}
