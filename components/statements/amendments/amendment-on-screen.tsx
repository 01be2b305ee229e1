import { useTranslations } from 'next-intl';
import type { AmendmentOnScreen as Data } from '@/lib/statements/get-amendment-on-screen';
import { StepKeys } from '../../floor/floor-controls';
import { Link } from '../../ui/link';
import { Words } from '../revision-comparison';

const screenLink = 'text-base text-slate-300 underline hover:text-white';

/**
 * An amendment as the room debates it on the projector: what it does to which paragraph, its words
 * marked against that paragraph, who proposes and supports it and why; and, where the operator steps
 * through them by hand (`screenPath`), links to the amendments before and after it, which a presenter's
 * clicker (Page Up, Page Down) or the arrow keys follow too.
 */
export function AmendmentOnScreen({ data, screenPath }: { data: Data; screenPath?: string }) {
  const t = useTranslations('amendments');
  const tStatements = useTranslations('statements');
  const { amendment: a, previous, next, position } = data;
  const hrefOf = (number: number | null) => (number === null ? null : `${screenPath}?amendment=${number}`);
  const paragraph = t(`target.${a.target.kind}`, { number: a.target.number });
  const does =
    a.kind === 'insert_after'
      ? t('does.insert_after', { paragraph, revision: a.revisionNumber, kind: tStatements(`paragraphKinds.${a.paragraphKind!}`).toLowerCase() })
      : t(`does.${a.kind}`, { paragraph, revision: a.revisionNumber });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-2xl text-slate-300">{data.statement.title}</p>
        <h1 className="mt-1 text-5xl font-bold leading-tight">{t('heading', { number: a.number, party: a.partyName })}</h1>
        <p className="mt-2 text-2xl text-slate-300" data-testid="screen-amendment-status">
          {tStatements(`amendmentStatuses.${a.status}`)}
          {' · '}
          {position ? t('screen.position', position) : t('screen.withdrawn')}
        </p>
      </div>
      <p className="text-3xl">{does}</p>
      {a.kind === 'insert_after' && (
        <div className="text-2xl text-slate-300">
          <p>{t('screen.context')}</p>
          <p className="mt-2 border-l-4 border-slate-600 pl-4">{a.targetText}</p>
        </div>
      )}
      <p className="rounded-2xl bg-white px-10 py-8 text-3xl leading-relaxed text-slate-900" data-testid="screen-amendment-words">
        <Words parts={a.proposedChange} show="both" />
      </p>
      {a.acceptedChange && (
        <div>
          <p className="text-2xl text-slate-300">{t('acceptedWords')}</p>
          <p className="mt-2 rounded-2xl bg-white px-10 py-8 text-3xl leading-relaxed text-slate-900" data-testid="screen-accepted-words">
            <Words parts={a.acceptedChange} show="both" />
          </p>
        </div>
      )}
      {a.sponsors.length > 0 && <p className="text-2xl">{t('cosponsors', { parties: a.sponsors.map((s) => s.partyName).join(', ') })}</p>}
      <p className="text-2xl">
        <span className="font-semibold">{t('rationale')}: </span>
        {a.rationale}
      </p>
      {screenPath && (
        <nav aria-label={t('screen.navigation')} className="flex flex-wrap gap-6">
          <StepKeys previousHref={hrefOf(previous)} nextHref={hrefOf(next)} />
          {previous !== null && (
            <Link href={hrefOf(previous)!} className={screenLink}>
              {t('screen.previous', { number: previous })}
            </Link>
          )}
          <Link href={screenPath} className={screenLink}>
            {t('screen.wholeText')}
          </Link>
          {next !== null && (
            <Link href={hrefOf(next)!} className={screenLink}>
              {t('screen.next', { number: next })}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
