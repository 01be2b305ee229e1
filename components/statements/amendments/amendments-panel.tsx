import { useFormatter, useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import type { ShowOnRoomScreenInput } from '@/lib/floor/schemas';
import type { proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import type { AmendmentView, StatementAmendments } from '@/lib/statements/get-statement-amendments';
import { isFrozen } from '@/lib/statements/lifecycle';
import { statementPath } from '@/lib/statements/links';
import type { AmendmentStatus, StatementStatus } from '@/lib/statements/values';
import { ShowOnRoomScreenButton } from '../../floor/floor-controls';
import { Badge } from '../../ui/badge';
import { ButtonLink } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { Link } from '../../ui/link';
import { Pagination } from '../../ui/pagination';
import { Panel } from '../../ui/panel';
import { AmendmentControls, ProposeAmendmentForm } from '../statement-controls-lazy';
import type { AmendmentActions } from './amendment-controls';
import { AmendmentWords } from './amendment-words';
import { partyInSentence } from '@/lib/parties/names';

const tones = { proposed: 'brand', accepted: 'success', rejected: 'danger', withdrawn: 'neutral' } as const satisfies Record<AmendmentStatus, string>;

type Props = {
  statement: { id: string; meetingId: string; currentRevision: number; status: StatementStatus };
  data: StatementAmendments;
  timeZone: string;
  /** The page's other query parameters (the revision shown), kept by the list's page links. */
  listParams: Record<string, string | undefined>;
  actions: AmendmentActions & { propose: (input: z.input<typeof proposeAmendmentSchema>) => Promise<ActionResult<{ number: number }>> };
  /** For the chair and the secretariat: puts an amendment on the room's screen; and the one it shows now, if any. */
  showOnScreen?: { action: (input: ShowOnRoomScreenInput) => Promise<ActionResult<unknown>>; shownNumber: number | null };
};

/** The statement page's amendments: every one with who proposed and supported it and what became of it, and the proposal form. */
export function AmendmentsPanel({ statement, data, timeZone, listParams, actions, showOnScreen }: Props) {
  const t = useTranslations('amendments');
  const { amendments, pagination, can, partyName } = data;
  // Amendments belong to the negotiation: a text never circulated has none to show.
  if (amendments.length === 0 && statement.status !== 'circulated') return null;
  // The room debates amendments still before it, while the text can change.
  const onScreen = (amendment: AmendmentView) => amendment.status !== 'withdrawn' && !isFrozen(statement.status);
  return (
    <>
      <Panel title={t('title')} intro={t('intro')}>
        {(can.produceRevision || data.hasCompilation) && (
          <div className="mb-4 flex flex-wrap items-center gap-4">
            {can.produceRevision && (
              <ButtonLink variant="secondary" href={`${statementPath(statement)}/merge`}>
                {t('produce', { revision: statement.currentRevision + 1 })}
              </ButtonLink>
            )}
            {data.hasCompilation && (
              // A plain link: the PDF is a download, not a page for the client router.
              <a
                href={`${statementPath(statement)}/compilation`}
                aria-label={t('compilationLabel')}
                className="text-sm font-medium text-brand-700 hover:underline"
              >
                {t('compilation')}
              </a>
            )}
          </div>
        )}
        {amendments.length === 0 ? (
          <EmptyState>{can.amend ? t('emptyCanAmend') : t('empty')}</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-200" data-testid="amendments">
            {amendments.map((amendment) => (
              <li key={amendment.id} className="py-4 first:pt-0 last:pb-0">
                <AmendmentItem
                  amendment={amendment}
                  partyName={partyName}
                  timeZone={timeZone}
                  actions={actions}
                  screenHref={onScreen(amendment) ? `${statementPath(statement)}/screen?amendment=${amendment.number}` : null}
                  showOnScreen={
                    onScreen(amendment) && showOnScreen
                      ? {
                          input: { meetingId: statement.meetingId, shows: 'amendment', statementId: statement.id, amendmentNumber: amendment.number },
                          action: showOnScreen.action,
                          isShown: showOnScreen.shownNumber === amendment.number,
                        }
                      : null
                  }
                />
              </li>
            ))}
          </ol>
        )}
        <Pagination page={pagination.page} pageCount={pagination.pageCount} path={statementPath(statement)} params={listParams} />
      </Panel>
      {can.amend && data.paragraphs.length > 0 && (
        <Panel title={t('propose.title')} intro={partyName ? t('propose.intro', { party: partyName }) : undefined}>
          <ProposeAmendmentForm statementId={statement.id} paragraphs={data.paragraphs} action={actions.propose} />
        </Panel>
      )}
    </>
  );
}

function AmendmentItem({
  amendment: a,
  partyName,
  timeZone,
  actions,
  screenHref,
  showOnScreen,
}: {
  amendment: AmendmentView;
  partyName: string | null;
  timeZone: string;
  actions: AmendmentActions;
  screenHref: string | null;
  showOnScreen: { input: ShowOnRoomScreenInput; action: (input: ShowOnRoomScreenInput) => Promise<ActionResult<unknown>>; isShown: boolean } | null;
}) {
  const t = useTranslations('amendments');
  const tStatements = useTranslations('statements');
  const format = useFormatter();
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const paragraph = t(`target.${a.target.kind}`, { number: a.target.number });
  const headingId = `amendment-${a.number}-heading`;
  const hasControls = Object.values(a.can).some(Boolean);
  return (
    <article id={`amendment-${a.number}`} aria-labelledby={headingId} className="space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {t('heading', { number: a.number, party: a.partyName })}
        </h3>
        <Badge tone={tones[a.status]}>{tStatements(`amendmentStatuses.${a.status}`)}</Badge>
        {screenHref && (
          <Link href={screenHref} className="ml-auto text-xs text-brand-700 underline" aria-label={t('screen.linkLabel', { number: a.number, party: a.partyName })}>
            {t('screen.link')}
          </Link>
        )}
      </div>
      <p className="text-slate-700">
        {a.kind === 'insert_after'
          ? t('does.insert_after', { paragraph, revision: a.revisionNumber, kind: tStatements(`paragraphKinds.${a.paragraphKind!}`).toLowerCase() })
          : t(`does.${a.kind}`, { paragraph, revision: a.revisionNumber })}
      </p>
      <AmendmentWords parts={a.proposedChange} />
      {a.acceptedChange && (
        <div>
          <p className="text-xs font-medium text-slate-600">{t('acceptedWords')}</p>
          <AmendmentWords parts={a.acceptedChange} />
        </div>
      )}
      <p>
        <span className="font-medium text-slate-800">{t('rationale')}: </span>
        {a.rationale}
      </p>
      <p className="text-xs text-slate-600">
        {a.proposerName
          ? t('proposedBy', { person: a.proposerName, party: a.partyName, date: when(a.createdAt) })
          : t('proposedByParty', { party: partyInSentence(a.partyName), date: when(a.createdAt) })}
        {a.sponsors.length > 0 && <> · {t('cosponsors', { parties: a.sponsors.map((s) => s.partyName).join(', ') })}</>}
      </p>
      {a.decidedAt && (
        <p className="text-xs text-slate-600">
          {t('decidedBy', { status: tStatements(`amendmentStatuses.${a.status}`), person: a.deciderName ?? '—', date: when(a.decidedAt) })}
          {a.mergedIntoRevision !== null && <> · {t('mergedInto', { revision: a.mergedIntoRevision })}</>}
        </p>
      )}
      {a.decisionReason && (
        <p>
          <span className="font-medium text-slate-800">{t('reason')}: </span>
          {a.decisionReason}
        </p>
      )}
      {showOnScreen?.isShown && (
        <p>
          <Badge tone="success">{t('screen.onScreen')}</Badge>
        </p>
      )}
      {showOnScreen && !showOnScreen.isShown && (
        <ShowOnRoomScreenButton
          input={showOnScreen.input}
          label={t('screen.put')}
          ariaLabel={t('screen.putLabel', { number: a.number, party: a.partyName })}
          pendingLabel={t('screen.putPending')}
          variant="ghost"
          action={showOnScreen.action}
        />
      )}
      {hasControls && (
        <AmendmentControls amendment={{ id: a.id, number: a.number, partyName: a.partyName, words: a.text }} can={a.can} partyName={partyName} actions={actions} />
      )}
    </article>
  );
}
