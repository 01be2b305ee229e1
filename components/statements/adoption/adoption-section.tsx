import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { StatementAdoptionView } from '@/lib/statements/get-statement-adoption';
import { publicStatementPath } from '@/lib/statements/links';
import { buttonClasses } from '../../ui/button';
import { Panel } from '../../ui/panel';
import { AdoptionControls, ObjectionForm, PositionForm } from '../statement-controls-lazy';
import { PaperLinks } from './paper-links';
import { PositionList } from './position-list';
import type { AdoptionActions } from './types';

/**
 * The statement page's adoption: where the final text stands, the chair's steps, the silence
 * procedure with its objections, the parties' positions and the publication. Shows nothing while a
 * text is negotiated and the reader has no step to take.
 */
export function AdoptionSection({ adoption, actions }: { adoption: StatementAdoptionView; actions: AdoptionActions }) {
  const t = useTranslations('statementAdoption');
  const format = useFormatter();
  const { statement, can, timeZone, objections } = adoption;
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: 'long', timeStyle: 'short', timeZone });
  const isAdopted = statement.status === 'adopted' || statement.status === 'published';
  const hasControls = can.finalize || can.reopen || can.adopt || can.startSilence || can.publish;
  const isClosing = statement.status === 'final' || statement.status === 'silence_procedure' || isAdopted;
  if (!isClosing && !hasControls && objections.length === 0) return null;

  return (
    <ClientMessages
      hasClientParts={hasControls || can.object || can.recordPosition}
      namespaces={['statementAdoption', 'statements.positionKinds', 'common']}
      formErrors={['common', 'amendments', 'statementAdoption', 'statements']}
    >
      <Panel title={t('title')} intro={t('intro')}>
        <div className="space-y-4 text-sm">
          {statement.finalizedAt && !isAdopted && (
            <p>{adoption.finalizedByName ? t('finalizedBy', { name: adoption.finalizedByName, date: when(statement.finalizedAt) }) : t('finalized', { date: when(statement.finalizedAt) })}</p>
          )}
          {statement.status === 'silence_procedure' && statement.silenceDeadline && (
            <div className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900" data-testid="silence-procedure">
              <p className="font-medium">{t('silenceRunning', { deadline: when(statement.silenceDeadline), timeZone })}</p>
              <p>{t('silenceRunningHint')}</p>
            </div>
          )}
          {isAdopted && statement.adoptedAt && statement.adoptionManner && (
            <p className="font-medium text-emerald-800" data-testid="adoption">
              {t('adoptedBy', { manner: t(`manners.${statement.adoptionManner}`), date: when(statement.adoptedAt), timeZone })}
              {adoption.adoptedByName && <span className="font-normal text-slate-700"> {t('adoptedByChair', { name: adoption.adoptedByName })}</span>}
            </p>
          )}
          {statement.status === 'published' && statement.publishedAt && (
            <div className="space-y-2">
              <p>{t('published', { date: when(statement.publishedAt), symbol: adoption.symbol ?? '' })}</p>
              <div className="flex flex-wrap gap-2">
                <Link className={buttonClasses('secondary')} href={publicStatementPath(statement.id)}>
                  {t('publicPage')}
                </Link>
                <PaperLinks statementId={statement.id} documentId={statement.documentId} />
              </div>
            </div>
          )}
          {hasControls && (
            <AdoptionControls
              statement={statement}
              can={can}
              timeZone={timeZone}
              defaults={adoption.defaults}
              finalizing={adoption.finalizing}
              actions={actions}
            />
          )}
          {objections.length > 0 && (
            <div>
              <h3 className="font-semibold text-slate-900">{t('objections')}</h3>
              <ul className="mt-2 space-y-3" data-testid="objections">
                {objections.map((objection) => (
                  <li key={objection.id}>
                    <p className="text-xs text-slate-600">
                      {t('objectionMeta', { party: objection.partyName, date: when(objection.createdAt), deadline: when(objection.silenceDeadline) })}
                      {objection.userName && ` · ${t('objectionBy', { name: objection.userName })}`}
                    </p>
                    <p className="whitespace-pre-line text-slate-900">{objection.text}</p>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {can.object && adoption.objectingParty && (
            <div>
              <h3 className="mb-2 font-semibold text-slate-900">{t('lodgeObjection')}</h3>
              <ObjectionForm statementId={statement.id} party={adoption.objectingParty} action={actions.lodgeObjectionAction} />
            </div>
          )}
        </div>
      </Panel>
      {isAdopted && (
        <Panel title={t('positions')} intro={t('positionsIntro')}>
          <div className="space-y-4">
            {adoption.positions.length > 0 ? (
              <PositionList
                positions={adoption.positions.map((position) => ({
                  ...position,
                  recorded: position.recorderName
                    ? t('positionRecordedBy', { name: position.recorderName, date: when(position.createdAt) })
                    : t('positionRecorded', { date: when(position.createdAt) }),
                }))}
              />
            ) : (
              <p className="text-sm text-slate-600">{t('noPositions')}</p>
            )}
            {can.recordPosition && adoption.positionParties.length > 0 && (
              <div>
                <h3 className="mb-2 text-sm font-semibold text-slate-900">{t('recordPosition')}</h3>
                <PositionForm statementId={statement.id} parties={adoption.positionParties} action={actions.recordPositionAction} />
              </div>
            )}
          </div>
        </Panel>
      )}
    </ClientMessages>
  );
}
