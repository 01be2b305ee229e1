import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { MeetingSeries } from '@/db/schema';
import { buttonClasses } from '../ui/button';
import { SelectInput } from '../ui/field';

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
      <div>
        <label htmlFor="filter-series" className="mb-1 block text-xs font-medium text-slate-700">
          {t('series')}
        </label>
        <SelectInput id="filter-series" name="series" defaultValue={selected.series ?? ''} className="min-w-56">
          <option value="">{t('allSeries')}</option>
          {series.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectInput>
      </div>
      <div>
        <label htmlFor="filter-year" className="mb-1 block text-xs font-medium text-slate-700">
          {t('year')}
        </label>
        <SelectInput id="filter-year" name="year" defaultValue={selected.year ?? ''} className="min-w-32">
          <option value="">{t('allYears')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectInput>
      </div>
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
