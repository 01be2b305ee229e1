import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action';
import type { ShowOnRoomScreenInput } from '@/lib/floor/schemas';
import type { AmendedText } from '@/lib/statements/get-amended-text';
import { ShowOnRoomScreenButton } from '../../floor/floor-controls';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Link } from '../../ui/link';
import { Panel } from '../../ui/panel';
import { RevisionComparison } from '../revision-comparison';

type Props = {
  view: AmendedText;
  screenHref: string;
  /** The same text in Word, each accepted amendment a tracked change. */
  docxHref: string;
  /** For the chair and the secretariat: puts it on the room's screen, unless it is there already. */
  showOnScreen?: { action: (input: ShowOnRoomScreenInput) => Promise<ActionResult<unknown>>; isShown: boolean };
};

/** The rolling text of a negotiation: the circulated revision with the accepted amendments merged in, word by word. */
export function AmendedTextPanel({ view, screenHref, docxHref, showOnScreen }: Props) {
  const t = useTranslations('amendments');
  const { statement, amendments, conflicts, undecided, paragraphs, basedOnRevision } = view;
  const named = amendments.map((a) => t('amended.amendment', { number: a.number, party: a.partyName })).join(', ');
  return (
    <Panel title={t('amended.title')} intro={t('amended.intro', { revision: basedOnRevision, amendments: named })}>
      <div className="space-y-4" data-testid="amended-text">
        {conflicts.length > 0 && (
          <Alert tone="info">
            {conflicts.map((c) => (
              <p key={c.paragraphId}>
                {t('amended.conflict', { paragraph: t(`target.${c.target.kind}`, { number: c.target.number }), numbers: c.amendments.map((a) => a.number).join(', ') })}
              </p>
            ))}
          </Alert>
        )}
        <RevisionComparison paragraphs={paragraphs} view="inline" />
        {undecided > 0 && <p className="text-sm text-slate-600">{t('amended.undecided', { count: undecided })}</p>}
        <div className="flex flex-wrap items-center gap-4">
          <Link href={screenHref} className="text-sm text-brand-700 underline" aria-label={t('amended.screenLinkLabel')}>
            {t('amended.screenLink')}
          </Link>
          {/* A plain link: the DOCX is a download, not a page for the client router. */}
          <a href={docxHref} className="text-sm text-brand-700 underline" aria-label={t('amended.docxLinkLabel')}>
            {t('amended.docxLink')}
          </a>
          {showOnScreen?.isShown && <Badge tone="success">{t('amended.onScreen')}</Badge>}
          {showOnScreen && !showOnScreen.isShown && (
            <ShowOnRoomScreenButton
              input={{ meetingId: statement.meetingId, shows: 'amended', statementId: statement.id }}
              label={t('amended.put')}
              ariaLabel={t('amended.putLabel')}
              pendingLabel={t('screen.putPending')}
              action={showOnScreen.action}
            />
          )}
        </div>
      </div>
    </Panel>
  );
}

/** The same on the projector: large type on a white sheet, added words marked and removed ones struck. */
export function AmendedTextOnScreen({ view }: { view: AmendedText }) {
  const t = useTranslations('amendments.amended');
  const { statement, amendments, basedOnRevision, paragraphs } = view;
  return (
    <>
      <div>
        <p className="text-2xl text-slate-300">{statement.title}</p>
        <h1 className="mt-1 text-5xl font-bold leading-tight">{t('screenHeading')}</h1>
        <p className="mt-2 text-2xl text-slate-300" data-testid="screen-amended">
          {t('screenIntro', { revision: basedOnRevision, count: amendments.length, numbers: amendments.map((a) => a.number).join(', ') })}
        </p>
      </div>
      <div className="rounded-2xl bg-white px-10 py-8 text-3xl leading-relaxed text-slate-900">
        <RevisionComparison paragraphs={paragraphs} view="inline" />
      </div>
    </>
  );
}
