'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { DocumentSummary } from '@/db/queries/documents';
import type { ActionResult } from '@/lib/action';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { Alert } from '../ui/alert';
import { ConfirmDialog } from '../ui/confirm-dialog';

type IssueListButtonProps = {
  meetingId: string;
  /** The symbol of the first issue, when there is one: the next is its revision. */
  issuedSymbol: string | null;
  action: (input: { meetingId: string }) => Promise<ActionResult<DocumentSummary>>;
};

export function IssueListButton({ meetingId, issuedSymbol, action }: IssueListButtonProps) {
  const t = useTranslations('participants');
  const router = useRouter();
  const [issued, setIssued] = useState<string>();
  const { run, failure, clearFailure } = useAction(action, {
    onSuccess: (document) => {
      setIssued(document.symbol);
      router.refresh();
    },
  });
  return (
    <div className="space-y-2">
      <ConfirmDialog
        triggerLabel={issuedSymbol ? t('issueRevision', { symbol: issuedSymbol }) : t('issue')}
        triggerVariant="secondary"
        variant="primary"
        title={t('issueTitle')}
        body={issuedSymbol ? t('issueRevisionBody', { symbol: issuedSymbol }) : t('issueBody')}
        confirmLabel={issuedSymbol ? t('issueRevision', { symbol: issuedSymbol }) : t('issue')}
        onOpen={clearFailure}
        onConfirm={async () => (await run({ meetingId })).ok}
      >
        <ActionFailureAlert failure={failure} />
      </ConfirmDialog>
      {issued && <Alert tone="success">{t('issued', { symbol: issued })}</Alert>}
    </div>
  );
}
