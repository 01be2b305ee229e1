'use client';

import { useRouter } from 'next/navigation';
import type { DocumentSummary } from '@/db/queries/documents';
import type { ActionResult } from '@/lib/action';
import type { ChangeDocumentAccessInput } from '@/lib/documents/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';

type DocumentAccessButtonProps = {
  input: ChangeDocumentAccessInput;
  /** The words, from the list: "Make public", the paper's symbol and language in the dialog. */
  labels: { trigger: string; triggerAria: string; title: string; body: string };
  action: (input: ChangeDocumentAccessInput) => Promise<ActionResult<DocumentSummary>>;
};

/** Makes a paper public or restricts it again, after confirming. */
export function DocumentAccessButton({ input, labels, action }: DocumentAccessButtonProps) {
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={labels.trigger}
      triggerAriaLabel={labels.triggerAria}
      triggerVariant="ghost"
      variant="primary"
      title={labels.title}
      body={labels.body}
      confirmLabel={labels.trigger}
      failure={failure}
      onOpen={clearFailure}
      onConfirm={() => run(input)}
    />
  );
}
