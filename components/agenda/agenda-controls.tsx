'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';
import type { ChangeAgendaStatusInput, IssueAgendaDocumentInput } from '@/lib/agenda/schemas';
import type { AgendaStatus } from '@/lib/agenda/values';
import { ActionDialog } from '../forms/action-dialog';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { Alert } from '../ui/alert';
import { useAction } from '../forms/use-action';
import { Button } from '../ui/button';

/** The agenda's lifecycle steps open to the reader; adoption asks first. */
export function AgendaStatusActions({
  meetingId,
  changes,
  action,
}: {
  meetingId: string;
  changes: AgendaStatus[];
  action: (input: ChangeAgendaStatusInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const step = useAction(action, refresh);
  // Adoption is asked in a dialog, which says its refusal.
  const adopt = useAction(action, refresh);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {changes.map((to) =>
          to === 'adopted' ? (
            <ActionDialog
              key={to}
              triggerLabel={t('steps.adopted')}
              triggerVariant="primary"
              variant="primary"
              title={t('adoptTitle')}
              body={t('adoptBody')}
              confirmLabel={t('steps.adopted')}
              failure={adopt.failure}
              onOpen={() => [step, adopt].forEach(({ clearFailure }) => clearFailure())}
              onConfirm={() => adopt.run({ meetingId, status: to })}
            />
          ) : (
            <Button key={to} variant="secondary" isPending={step.isPending} onClick={() => void step.run({ meetingId, status: to })}>
              {t(`steps.${to}`)}
            </Button>
          ),
        )}
      </div>
      <ActionFailureAlert failure={step.failure} />
    </div>
  );
}

/** Issues the provisional agenda (/1, then /1/Rev.1 ...) or its annotations (/1/Add.1) as PDF, each after asking, and names what was issued. */
export function IssuePapers({
  meetingId,
  hasAgendaDocument,
  action,
}: {
  meetingId: string;
  hasAgendaDocument: boolean;
  action: (input: IssueAgendaDocumentInput) => Promise<ActionResult<{ symbol: string }>>;
}) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const [issued, setIssued] = useState<string | null>(null);
  const { run, failure, clearFailure } = useAction(action, {
    onSuccess: ({ symbol }) => {
      setIssued(symbol);
      router.refresh();
    },
  });
  const beginIssuing = () => {
    clearFailure();
    setIssued(null);
  };
  const papers = [
    { paper: 'agenda' as const, label: hasAgendaDocument ? t('issueRevision') : t('issueAgenda'), body: hasAgendaDocument ? t('issueRevisionBody') : t('issueAgendaBody') },
    ...(hasAgendaDocument ? [{ paper: 'annotations' as const, label: t('issueAnnotations'), body: t('issueAnnotationsBody') }] : []),
  ];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {papers.map(({ paper, label, body }) => (
          <ActionDialog
            key={paper}
            triggerLabel={label}
            triggerVariant="secondary"
            variant="primary"
            title={label}
            body={body}
            confirmLabel={t('issue')}
            failure={failure}
            onOpen={beginIssuing}
            onConfirm={() => run({ meetingId, paper })}
          />
        ))}
      </div>
      {issued && <Alert tone="success">{t('issued', { symbol: issued })}</Alert>}
    </div>
  );
}
