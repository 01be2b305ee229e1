import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { MeetingSeries } from '@/db/schema';
import { buttonClasses } from '../ui/button';
import { FilterSelect } from '../ui/filter-select';

type MeetingFiltersProps = {
  series: Pick<MeetingSeries, 'code' | 'name'>[];
  years: number[];
  selected: { series?: string; year?: number };
};

/** A GET form, so a filtered list has its own address and works without JavaScript. */
export function MeetingFilters({ series, years, selected }: MeetingFiltersProps) {
  const t = useTranslations('home');
  const tCommon = useTranslations('common');
  const isFiltered = Boolean(selected.series || selected.year);
  return (
    <form action="/" aria-label={t('filters')} className="mb-4 flex flex-wrap items-end gap-3">
      <FilterSelect
        id="filter-series"
        name="series"
        label={t('series')}
        allLabel={t('allSeries')}
        options={series.map((s) => ({ value: s.code, label: s.name }))}
        selected={selected.series}
        className="min-w-56"
      />
      <FilterSelect
        id="filter-year"
        name="year"
        label={t('year')}
        allLabel={t('allYears')}
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
        selected={selected.year ? String(selected.year) : undefined}
        className="min-w-32"
      />
      <button type="submit" className={buttonClasses('secondary')}>
        {t('filter')}
      </button>
      {isFiltered && (
        <Link href="/" className={buttonClasses('ghost')}>
          {tCommon('clear')}
        </Link>
      )}
    </form>
  );
}
