'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FinalizeCaveats, StatementAbilities } from '@/lib/statements/abilities';
import { defaultSilenceHours } from '@/lib/statements/values';
import { ActionDialog } from '../../forms/action-dialog';
import { useAction, useErrorMessage } from '../../forms/use-action';
import { Button } from '../../ui/button';
import { describedBy, Field, TextInput } from '../../ui/field';
import type { AdoptionActions } from './types';

type Props = {
  statement: { id: string; currentRevision: number };
  can: Pick<StatementAbilities, 'finalize' | 'reopen' | 'adopt' | 'startSilence' | 'publish'>;
  timeZone: string;
  /** As the meeting's clocks read them (datetime-local values): now, and the default silence deadline. */
  defaults: { adoptedAt: string; silenceDeadline: string };
  finalizing: FinalizeCaveats | null;
  actions: Pick<AdoptionActions, 'finalizeStatementAction' | 'reopenStatementAction' | 'adoptByConsensusAction' | 'startSilenceProcedureAction' | 'publishStatementAction'>;
};

/** The chair's steps on the final text, and the secretariat's publication, each confirmed in a dialog. */
export function AdoptionControls({ statement, can, timeZone, defaults, finalizing, actions }: Props) {
  const t = useTranslations('statementAdoption');
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const refresh = { onSuccess: () => router.refresh() };
  const finalize = useAction(actions.finalizeStatementAction, refresh);
  const reopen = useAction(actions.reopenStatementAction, refresh);
  const adopt = useAction(actions.adoptByConsensusAction, refresh);
  const silence = useAction(actions.startSilenceProcedureAction, refresh);
  const publish = useAction(actions.publishStatementAction, refresh);
  const [adoptedAt, setAdoptedAt] = useState(defaults.adoptedAt);
  const [silenceDeadline, setSilenceDeadline] = useState(defaults.silenceDeadline);
  const step = { statementId: statement.id, basedOnRevision: statement.currentRevision };
  const adoptedAtError = errorMessage(adopt.failure?.fieldErrors?.adoptedAt, adopt.failure);
  const deadlineError = errorMessage(silence.failure?.fieldErrors?.silenceDeadline, silence.failure);

  return (
    <div className="flex flex-wrap gap-2">
      {can.finalize && finalizing && finalizing.unmerged > 0 && (
        // The server refuses it too (finalizeUnmergedAmendments); here the chair learns why before trying.
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Button variant="primary" disabled aria-describedby="finalize-waits">
            {t('finalize')}
          </Button>
          <span id="finalize-waits">{t('finalizeWaitsForRevision', { count: finalizing.unmerged })}</span>
        </p>
      )}
      {can.finalize && finalizing?.unmerged === 0 && (
        <ActionDialog
          triggerLabel={t('finalize')}
          triggerVariant="primary"
          variant="primary"
          title={t('finalizeTitle', { revision: statement.currentRevision })}
          body={[
            t('finalizeBody'),
            finalizing.undecided > 0 && t('finalizeUndecided', { count: finalizing.undecided }),
            finalizing.commentsOpenUntil &&
              t('finalizeBeforeDeadline', { deadline: format.dateTime(finalizing.commentsOpenUntil, { dateStyle: 'long', timeStyle: 'short', timeZone }) }),
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('finalize')}
          failure={finalize.failure}
          onOpen={finalize.clearFailure}
          onConfirm={() => finalize.run(step)}
        />
      )}
      {can.adopt && (
        <ActionDialog
          triggerLabel={t('adopt')}
          triggerVariant="primary"
          variant="primary"
          title={t('adoptTitle', { revision: statement.currentRevision })}
          body={t('adoptBody')}
          confirmLabel={t('adopt')}
          onOpen={() => {
            setAdoptedAt(defaults.adoptedAt);
            adopt.clearFailure();
          }}
          failure={adopt.failure}
          fields={['adoptedAt']}
          onConfirm={() => adopt.run({ ...step, adoptedAt })}
        >
          <Field id="adopted-at" label={t('adoptedAt')} hint={t('adoptedAtHint', { timeZone })} error={adoptedAtError}>
            <TextInput
              type="datetime-local"
              {...describedBy('adopted-at', { error: adoptedAtError, hint: t('adoptedAtHint', { timeZone }) })}
              value={adoptedAt}
              onChange={(event) => setAdoptedAt(event.target.value)}
            />
          </Field>
        </ActionDialog>
      )}
      {can.startSilence && (
        <ActionDialog
          triggerLabel={t('startSilence')}
          triggerVariant="secondary"
          variant="primary"
          title={t('startSilenceTitle', { revision: statement.currentRevision })}
          body={t('startSilenceBody')}
          confirmLabel={t('startSilence')}
          onOpen={() => {
            setSilenceDeadline(defaults.silenceDeadline);
            silence.clearFailure();
          }}
          failure={silence.failure}
          fields={['silenceDeadline']}
          onConfirm={() => silence.run({ ...step, silenceDeadline })}
        >
          <Field
            id="silence-deadline"
            label={t('silenceDeadline')}
            hint={t('silenceDeadlineHint', { timeZone, hours: defaultSilenceHours })}
            error={deadlineError}
          >
            <TextInput
              type="datetime-local"
              {...describedBy('silence-deadline', { error: deadlineError, hint: t('silenceDeadlineHint', { timeZone, hours: defaultSilenceHours }) })}
              value={silenceDeadline}
              onChange={(event) => setSilenceDeadline(event.target.value)}
            />
          </Field>
        </ActionDialog>
      )}
      {can.reopen && (
        <ActionDialog
          triggerLabel={t('reopen')}
          triggerVariant="secondary"
          variant="danger"
          title={t('reopenTitle')}
          body={t('reopenBody')}
          confirmLabel={t('reopen')}
          failure={reopen.failure}
          onOpen={reopen.clearFailure}
          onConfirm={() => reopen.run({ statementId: statement.id })}
        />
      )}
      {can.publish && (
        <ActionDialog
          triggerLabel={t('publish')}
          triggerVariant="primary"
          variant="primary"
          title={t('publishTitle')}
          body={t('publishBody')}
          confirmLabel={t('publish')}
          failure={publish.failure}
          onOpen={publish.clearFailure}
          onConfirm={() => publish.run({ statementId: statement.id })}
        />
      )}
    </div>
  );
}
