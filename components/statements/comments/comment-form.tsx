'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import { commentOnStatementSchema, type CommentOnStatementInput } from '@/lib/statements/amendment-schemas';
import { ActionForm } from '../../forms/action-form';
import { FormField } from '../../forms/form-field';
import { useActionForm } from '../../forms/use-action-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextArea } from '../../ui/field';

type Props = {
  statementId: string;
  action: (input: CommentOnStatementInput) => Promise<ActionResult<unknown>>;
};

/** A delegation's general comment on the circulated text; the form stays for another once this one is sent. */
export function StatementCommentForm({ statementId, action }: Props) {
  const t = useTranslations('amendments.comments');
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: commentOnStatementSchema,
    action,
    defaultValues: { statementId, body: '' },
    onSuccess: () => {
      setSent(true);
      form.reset({ statementId, body: '' });
      router.refresh();
    },
  });
  return (
    <ActionForm
      form={form}
      onSubmit={(event) => {
        // The last confirmation goes as the next comment is sent, so it never stands beside a refusal.
        setSent(false);
        return onSubmit(event);
      }}
      failure={failure}
      className="space-y-3"
    >
      {sent && <Alert tone="success">{t('sent')}</Alert>}
      <FormField name="body" id="statement-comment-body" label={t('body')} hint={t('bodyHint')}>
        <TextArea rows={4} />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('sending')}>
        {t('send')}
      </Button>
    </ActionForm>
  );
}
