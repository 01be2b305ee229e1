'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import type { amendmentRefSchema, disposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { ActionDialog } from '../../forms/action-dialog';
import { ActionFailureAlert } from '../../forms/action-failure-alert';
import { useAction, useErrorMessage } from '../../forms/use-action';
import { Button } from '../../ui/button';
import { describedBy, Field, TextArea } from '../../ui/field';
import { partyInSentence, partyStartingSentence } from '@/lib/parties/names';

type Answer = Promise<ActionResult<unknown>>;

export type AmendmentActions = {
  cosponsor: (input: z.input<typeof amendmentRefSchema>) => Answer;
  withdrawSupport: (input: z.input<typeof amendmentRefSchema>) => Answer;
  withdraw: (input: z.input<typeof amendmentRefSchema>) => Answer;
  dispose: (input: z.input<typeof disposeAmendmentSchema>) => Answer;
};

type Props = {
  amendment: { id: string; number: number; partyName: string; words: string | null };
  can: { cosponsor: boolean; withdrawSupport: boolean; withdraw: boolean; dispose: boolean };
  /** The actor's own party, named on the co-sponsor button. */
  partyName: string | null;
  actions: AmendmentActions;
};

/**
 * What the reader may do with one amendment: co-sponsor it or take that support back, withdraw it,
 * or decide on it. A decision
 * is final and emailed to the delegations, so each is confirmed in a dialog.
 */
export function AmendmentControls({ amendment, can, partyName, actions }: Props) {
  const t = useTranslations('amendments.controls');
  const errorMessage = useErrorMessage();
  const { id, number } = amendment;
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const cosponsor = useAction(actions.cosponsor, refresh);
  const withdrawSupport = useAction(actions.withdrawSupport, refresh);
  // The steps asked in a dialog say their refusals there.
  const accept = useAction(actions.dispose, refresh);
  const acceptWithChange = useAction(actions.dispose, refresh);
  const reject = useAction(actions.dispose, refresh);
  const withdraw = useAction(actions.withdraw, refresh);
  const [reason, setReason] = useState('');
  const [acceptedText, setAcceptedText] = useState(amendment.words ?? '');
  const reasonError = errorMessage(reject.failure?.fieldErrors?.reason, reject.failure);
  const textError = errorMessage(acceptWithChange.failure?.fieldErrors?.acceptedText, acceptWithChange.failure);
  // One refusal at a time: a step begun clears what the others left, so an old one cannot hide the new.
  const clearFailures = () => [cosponsor, withdrawSupport, accept, acceptWithChange, reject, withdraw].forEach((step) => step.clearFailure());

  return (
    <div className="mt-3 space-y-2">
      <ActionFailureAlert failure={cosponsor.failure ?? withdrawSupport.failure} />
      <div className="flex flex-wrap gap-2">
        {can.cosponsor && (
          <Button
            variant="secondary"
            aria-label={t('cosponsorLabel', { number, party: partyInSentence(partyName ?? '') })}
            isPending={cosponsor.isPending}
            onClick={() => {
              clearFailures();
              void cosponsor.run({ amendmentId: id });
            }}
          >
            {t('cosponsor')}
          </Button>
        )}
        {can.withdrawSupport && (
          <Button
            variant="secondary"
            aria-label={t('withdrawSupportLabel', { number, party: partyInSentence(partyName ?? '') })}
            isPending={withdrawSupport.isPending}
            onClick={() => {
              clearFailures();
              void withdrawSupport.run({ amendmentId: id });
            }}
          >
            {t('withdrawSupport')}
          </Button>
        )}
        {can.dispose && (
          <>
            <ActionDialog
              triggerLabel={t('accept')}
              triggerAriaLabel={t('acceptLabel', { number })}
              triggerVariant="primary"
              variant="primary"
              title={t('acceptTitle', { number })}
              body={t('acceptBody', { party: partyInSentence(amendment.partyName) })}
              confirmLabel={t('accept')}
              failure={accept.failure}
              onOpen={clearFailures}
              onConfirm={() => accept.run({ amendmentId: id, decision: 'accept' })}
            />
            <ActionDialog
              triggerLabel={t('acceptWithChange')}
              triggerAriaLabel={t('acceptWithChangeLabel', { number })}
              triggerVariant="secondary"
              variant="primary"
              title={t('acceptWithChangeTitle', { number })}
              body={t('acceptWithChangeBody')}
              confirmLabel={t('acceptWithChange')}
              failure={acceptWithChange.failure}
              fields={['acceptedText']}
              onOpen={clearFailures}
              onConfirm={() => acceptWithChange.run({ amendmentId: id, decision: 'accept_with_change', acceptedText })}
            >
              <Field id={`accepted-text-${id}`} label={t('acceptedText')} error={textError}>
                <TextArea {...describedBy(`accepted-text-${id}`, { error: textError })} rows={4} value={acceptedText} onChange={(e) => setAcceptedText(e.target.value)} />
              </Field>
            </ActionDialog>
            <ActionDialog
              triggerLabel={t('reject')}
              triggerAriaLabel={t('rejectLabel', { number })}
              triggerVariant="secondary"
              title={t('rejectTitle', { number })}
              body={t('rejectBody', { party: partyStartingSentence(amendment.partyName) })}
              confirmLabel={t('reject')}
              failure={reject.failure}
              fields={['reason']}
              onOpen={clearFailures}
              onConfirm={() => reject.run({ amendmentId: id, decision: 'reject', reason })}
            >
              <Field id={`reject-reason-${id}`} label={t('rejectReason')} hint={t('rejectReasonHint')} error={reasonError}>
                <TextArea
                  {...describedBy(`reject-reason-${id}`, { error: reasonError, hint: t('rejectReasonHint') })}
                  rows={3}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </Field>
            </ActionDialog>
          </>
        )}
        {can.withdraw && (
          <ActionDialog
            triggerLabel={t('withdraw')}
            triggerAriaLabel={t('withdrawLabel', { number })}
            triggerVariant="secondary"
            title={t('withdrawTitle', { number })}
            body={t('withdrawBody')}
            confirmLabel={t('withdraw')}
            failure={withdraw.failure}
            onOpen={clearFailures}
            onConfirm={() => withdraw.run({ amendmentId: id })}
          />
        )}
      </div>
    </div>
  );
}
