import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RefreshEvery, RequestFloorButton, ShowOnRoomScreenButton, SpeakingTimeForm } from '@/components/floor/floor-controls';
import { ItemClock } from '@/components/floor/item-clock';
import { SpeakersList, SpokeList } from '@/components/floor/speakers-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getFloor } from '@/lib/floor/get-floor';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { statementPath } from '@/lib/statements/links';
import { changeFloorRequestAction, requestFloorAction, setSpeakingTimeAction, showOnRoomScreenAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('floor'))('title') };
}

// The speakers' list of the item in discussion, kept current in the room, and the record of who took
// the floor on each item.
export default async function FloorPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const [view, t, tErrors, format] = await Promise.all([
    orRefusalPage(getFloor({ actor, input: { meetingId: id } })),
    getTranslations('floor'),
    getTranslations('errors'),
    getFormatter(),
  ]);
  const { meeting, item, record, speakingTime, screen, screenStatements, can } = view;
  const inSession = meeting.status === 'in_session';
  // Once the meeting is over only the record stands.
  const isOver = meeting.status === 'concluded' || meeting.status === 'cancelled';
  return (
    <ClientMessages
      hasClientParts={inSession || can.setSpeakingTime || can.showOnScreen}
      namespaces={['common', 'floor.speakingTimeForm']}
      formErrors={['common', 'agenda']}
    >
      {inSession && <RefreshEvery seconds={10} />}
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <PageHeader
        title={t('title')}
        intro={t(isOver ? 'introOver' : can.runsList ? 'introChair' : 'intro')}
        actions={
          !isOver && (
            <ButtonLink href={`/meetings/${meeting.id}/screen`} variant="secondary">
              {t('screen.link')}
            </ButtonLink>
          )
        }
      />
      <div className={isOver ? 'max-w-3xl' : 'grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]'}>
        {!isOver && (
          <Panel title={item ? t('itemTitle', { item: `${item.number}. ${item.title}` }) : t('noItemTitle')}>
            {item ? (
              <div className="space-y-6">
                {item.discussion.since && (
                  <p className="text-sm text-slate-700" data-testid="item-clock">
                    <ItemClock discussion={item.discussion} label={t('itemClock')} overPlanLabel={t('overPlan')} classNames={{ over: 'text-red-700' }} />
                  </p>
                )}
                {can.request && (
                  <RequestFloorButton
                    input={{ itemId: item.id }}
                    label={t('ask')}
                    ariaLabel={t('askAria', { item: `${item.number}. ${item.title}` })}
                    variant="primary"
                    action={requestFloorAction}
                  />
                )}
                {can.requestRefusal && <Alert tone="info">{tErrors(can.requestRefusal)}</Alert>}
                <SpeakersList item={item} timeZone={meeting.timeZone} limitSeconds={speakingTime} action={changeFloorRequestAction} />
              </div>
            ) : (
              <EmptyState>{t(inSession ? 'noItem' : 'notInSession')}</EmptyState>
            )}
          </Panel>
        )}
        <div className="space-y-6">
          {!isOver && (
            <Panel title={t('speakingTimeTitle')}>
              <div className="space-y-4">
                <p className="text-sm text-slate-700" data-testid="speaking-time">
                  {speakingTime === null ? t('speakingTimeNone') : t('speakingTimeSet', { minutes: speakingTime / 60 })}
                </p>
                {can.setSpeakingTime && <SpeakingTimeForm meetingId={meeting.id} seconds={speakingTime} action={setSpeakingTimeAction} />}
              </div>
            </Panel>
          )}
          {can.showOnScreen && (
            <Panel title={t('screen.panelTitle')} intro={t('screen.panelIntro')}>
              <div className="space-y-4">
                <p className="text-sm text-slate-700" data-testid="room-screen-shows">
                  {screen.shows === 'floor'
                    ? t('screen.showsFloor')
                    : screen.shows === 'amendment'
                      ? t('screen.showsAmendment', { number: screen.amendmentNumber ?? 0, title: screen.statementTitle ?? '' })
                      : t(screen.shows === 'amended' ? 'screen.showsAmended' : 'screen.showsStatement', { title: screen.statementTitle ?? '' })}
                </p>
                {screen.shows !== 'floor' && (
                  <ShowOnRoomScreenButton
                    input={{ meetingId: meeting.id, shows: 'floor' }}
                    label={t('screen.putFloor')}
                    pendingLabel={t('screen.putPending')}
                    action={showOnRoomScreenAction}
                  />
                )}
                {screenStatements.length > 0 && (
                  <section aria-labelledby="screen-statements">
                    <h3 id="screen-statements" className="text-sm font-semibold text-slate-900">
                      {t('screen.statements')}
                    </h3>
                    <ul className="mt-2 divide-y divide-slate-100">
                      {screenStatements.map((statement) => (
                        <li key={statement.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                          <Link href={statementPath({ id: statement.id, meetingId: meeting.id })} className="text-brand-700 hover:underline">
                            {statement.title}
                          </Link>
                          {screen.shows === 'statement' && screen.statementId === statement.id ? (
                            <Badge tone="success">{t('screen.onScreen')}</Badge>
                          ) : (
                            <ShowOnRoomScreenButton
                              input={{ meetingId: meeting.id, shows: 'statement', statementId: statement.id }}
                              label={t('screen.put')}
                              ariaLabel={t('screen.putStatement', { title: statement.title })}
                              pendingLabel={t('screen.putPending')}
                              variant="ghost"
                              action={showOnRoomScreenAction}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
              </div>
            </Panel>
          )}
          <Panel title={t('recordTitle')} intro={t('recordIntro')}>
            {record.length === 0 ? (
              <EmptyState>{t('recordEmpty')}</EmptyState>
            ) : (
              <div className="space-y-4" data-testid="floor-record">
                {record.map((entry) => (
                  <section key={entry.id} aria-labelledby={`record-${entry.id}`}>
                    <h3 id={`record-${entry.id}`} className="text-sm font-semibold text-slate-900">
                      {entry.number}. {entry.title}
                      {entry.speakers[0]?.startedAt && (
                        <span className="ml-2 font-normal text-slate-600">
                          {format.dateTime(entry.speakers[0].startedAt, { dateStyle: 'medium', timeZone: meeting.timeZone })}
                        </span>
                      )}
                    </h3>
                    <SpokeList speakers={entry.speakers} timeZone={meeting.timeZone} />
                  </section>
                ))}
              </div>
            )}
          </Panel>
        </div>
      </div>
    </ClientMessages>
  );
}
