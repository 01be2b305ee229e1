'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { statementPath } from '@/lib/statements/links';
import { circulateStatementSchema } from '@/lib/statements/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type Props = {
  statement: { id: string; meetingId: string; currentRevision: number };
  timeZone: string;
  /** A week from now in the meeting's zone, as a datetime-local value. */
  defaultDeadline: string;
  action: (input: z.input<typeof circulateStatementSchema>) => Promise<ActionResult<unknown>>;
};

/** Sends the latest revision to the delegations for amendments until a deadline in the meeting's zone. */
export function CirculateForm({ statement, timeZone, defaultDeadline, action }: Props) {
  const t = useTranslations('statements');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: circulateStatementSchema,
    action,
    defaultValues: { statementId: statement.id, basedOnRevision: statement.currentRevision, commentDeadline: defaultDeadline },
    leavesOnSuccess: true,
    onSuccess: () => router.push(`${statementPath(statement)}?notice=circulated`),
  });
  return (
    <ActionForm
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      className="space-y-3"
      confirm={{
        title: t('circulateConfirm.title', { revision: statement.currentRevision }),
        body: t('circulateConfirm.body'),
        confirmLabel: t('circulate'),
      }}
    >
      <p className="text-sm text-slate-700">{t('circulateBody', { revision: statement.currentRevision })}</p>
      <FormField name="commentDeadline" label={t('fields.commentDeadline')} hint={t('fields.commentDeadlineHint', { timeZone })}>
        <TextInput type="datetime-local" />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('circulating')}>
        {t('circulate')}
      </Button>
    </ActionForm>
  );
}
