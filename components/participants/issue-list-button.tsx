'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { DocumentSummary } from '@/db/queries/documents';
import type { ActionResult } from '@/lib/action';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';
import { Alert } from '../ui/alert';

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
      <ActionDialog
        triggerLabel={issuedSymbol ? t('issueRevision', { symbol: issuedSymbol }) : t('issue')}
        triggerVariant="secondary"
        variant="primary"
        title={t('issueTitle')}
        body={issuedSymbol ? t('issueRevisionBody', { symbol: issuedSymbol }) : t('issueBody')}
        confirmLabel={issuedSymbol ? t('issueRevision', { symbol: issuedSymbol }) : t('issue')}
        onOpen={clearFailure}
        failure={failure}
        onConfirm={() => run({ meetingId })}
      />
      {issued && <Alert tone="success">{t('issued', { symbol: issued })}</Alert>}
    </div>
  );
}
