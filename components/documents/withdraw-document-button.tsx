'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import type { WithdrawDocumentInput } from '@/lib/documents/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction, useErrorMessage } from '../forms/use-action';
import { describedBy, Field, TextArea } from '../ui/field';

export type WithdrawDocumentButtonProps = {
  documentId: string;
  /** Worded by the server page that lists the papers, so the list sends no message catalog of its own. */
  labels: { trigger: string; triggerAria: string; title: string; body: string; reason: string; reasonHint: string };
  action: (input: WithdrawDocumentInput) => Promise<ActionResult<unknown>>;
};

/** Staff withdraw a paper after saying why, in a dialog that keeps a refusal beside the reason. */
export function WithdrawDocumentButton({ documentId, labels, action }: WithdrawDocumentButtonProps) {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const withdraw = useAction(action, { onSuccess: () => router.refresh() });
  const reasonError = errorMessage(withdraw.failure?.fieldErrors?.reason, withdraw.failure);
  const reasonId = `withdraw-${documentId}-reason`;
  return (
    <ActionDialog
      triggerLabel={labels.trigger}
      triggerAriaLabel={labels.triggerAria}
      triggerVariant="ghost"
      variant="danger"
      title={labels.title}
      body={labels.body}
      confirmLabel={labels.trigger}
      failure={withdraw.failure}
      fields={['reason']}
      onOpen={withdraw.clearFailure}
      onConfirm={() => withdraw.run({ documentId, reason })}
    >
      <Field id={reasonId} label={labels.reason} hint={labels.reasonHint} error={reasonError}>
        <TextArea
          {...describedBy(reasonId, { error: reasonError, hint: labels.reasonHint })}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </ActionDialog>
  );
}
