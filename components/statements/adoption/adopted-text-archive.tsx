import { useFormatter, useTranslations } from 'next-intl';
import type { AdoptedTextRow } from '@/db/queries/statement-archive';
import { excerptParts } from '@/lib/statements/archive-excerpt';
import type { FindAdoptedTextsInput } from '@/lib/statements/schemas';
import { statementKinds } from '@/lib/statements/values';
import type { Page } from '@/lib/pagination';
import { calendarDay } from '@/lib/time-zones';
import { buttonClasses } from '../../ui/button';
import { cn } from '../../ui/cn';
import { EmptyState } from '../../ui/empty-state';
import { FilterInput, FilterSelect } from '../../ui/filter-select';
import { Link } from '../../ui/link';
import { Pagination } from '../../ui/pagination';

type AdoptedTextArchiveProps = {
  /** One page of texts; `isCapped` when more matched than were counted; the years texts were adopted in, to choose from. */
  page: Page<AdoptedTextRow> & { isCapped: boolean; years: number[] };
  input: FindAdoptedTextsInput;
  /** The archive's own address, which its search form and pages keep. */
  path: string;
  /** Signed out, each text and meeting links to its public page. */
  isPublic: boolean;
};

/** The archive of adopted texts: its search, how many it found, and one page of them, latest first. */
export function AdoptedTextArchive({ page, input, path, isPublic }: AdoptedTextArchiveProps) {
  const t = useTranslations();
  const isFiltered = Boolean(input.q || input.kind || input.year);
  const year = input.year ? String(input.year) : undefined;
  return (
    <>
      <form action={path} role="search" aria-label={t('adoptedTexts.filters')} className="mb-4 flex flex-wrap items-start gap-3">
        <FilterInput
          id="archive-words"
          name="q"
          type="search"
          label={t('adoptedTexts.words')}
          selected={input.q}
          placeholder={t('adoptedTexts.wordsPlaceholder')}
          hint={t('adoptedTexts.wordsHint')}
          maxLength={200}
          className="w-80 max-w-full"
        />
        <FilterSelect
          id="archive-kind"
          name="kind"
          label={t('adoptedTexts.kind')}
          allLabel={t('adoptedTexts.allKinds')}
          options={statementKinds.map((kind) => ({ value: kind, label: t(`statements.kinds.${kind}`) }))}
          selected={input.kind}
        />
        <FilterSelect
          id="archive-year"
          name="year"
          label={t('adoptedTexts.year')}
          allLabel={t('adoptedTexts.allYears')}
          options={page.years.map((y) => ({ value: String(y), label: String(y) }))}
          selected={year}
        />
        {/* Level with the inputs under their labels: the words' hint hangs below them. */}
        <button type="submit" className={cn(buttonClasses('secondary'), 'mt-5')}>
          {t('common.search')}
        </button>
      </form>
      {/* Beside the count, not in the row of filters, which it would push onto a line of its own. */}
      <div className="mb-2 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className="text-sm text-slate-600" aria-live="polite">
          {page.isCapped ? t('adoptedTexts.moreThan', { count: page.total }) : t('common.resultCount', { count: page.total })}
        </p>
        {isFiltered && (
          <Link href={path} className="text-sm font-medium text-brand-700 hover:underline">
            {t('adoptedTexts.showAll')}
          </Link>
        )}
      </div>
      {page.items.length === 0 ? (
        <EmptyState>{t(isFiltered ? 'adoptedTexts.noMatch' : 'adoptedTexts.empty')}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {page.items.map((text) => (
            <AdoptedTextEntry key={text.id} text={text} isPublic={isPublic} />
          ))}
        </ol>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} path={path} params={{ q: input.q, kind: input.kind, year }} />
    </>
  );
}

function AdoptedTextEntry({ text, isPublic }: { text: AdoptedTextRow; isPublic: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const meetingHref = `${isPublic ? '/public' : ''}/meetings/${text.meetingId}`;
  const textHref = isPublic ? `/public/statements/${text.id}` : `/meetings/${text.meetingId}/statements/${text.id}`;
  const dates = format.dateTimeRange(calendarDay(text.meetingStartDate), calendarDay(text.meetingEndDate), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="adopted-text">
      <h2 className="font-medium">
        <Link href={textHref} className="text-brand-700 hover:underline">
          {text.title}
        </Link>
      </h2>
      <p className="mt-1 text-xs text-slate-600">{[t(`statements.kinds.${text.kind}`), text.symbol].filter(Boolean).join(' · ')}</p>
      <p className="mt-2 text-sm text-slate-700">
        <Link href={meetingHref} className="text-brand-700 underline">
          {text.meetingTitle}
        </Link>
        {', '}
        {text.meetingCity ? t('adoptedTexts.meetingPlace', { place: text.meetingCity, dates }) : dates}
        {'. '}
        {t('adoptedTexts.adopted', {
          manner: t(`statementAdoption.manners.${text.adoptionManner!}`),
          date: format.dateTime(text.adoptedAt, { dateStyle: 'long', timeZone: text.meetingTimeZone }),
        })}
        .
      </p>
      {text.excerpt && (
        <blockquote className="mt-2 border-l-2 border-slate-200 pl-3 text-sm text-slate-800">
          {excerptParts(text.excerpt).map((part, index) =>
            part.isMatch ? (
              <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </blockquote>
      )}
    </li>
  );
}
