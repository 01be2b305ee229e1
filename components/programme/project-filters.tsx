import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { projectStatuses } from '@/lib/programme/values';
import { buttonClasses } from '../ui/button';
import { TextInput } from '../ui/field';
import { FilterSelect } from '../ui/filter-select';

type ProjectFiltersProps = {
  areas: { code: string; name: string }[];
  parties: { code: string; name: string }[];
  selected: { q?: string; area?: string; status?: string; party?: string };
};

/** A GET form, so a filtered list has its own address and works without JavaScript. */
export function ProjectFilters({ areas, parties, selected }: ProjectFiltersProps) {
  const t = useTranslations('programme');
  const tCommon = useTranslations('common');
  const isFiltered = Boolean(selected.q || selected.area || selected.status || selected.party);
  return (
    <form action="/programme" aria-label={t('filters')} className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="filter-q" className="mb-1 block text-xs font-medium text-slate-700">
          {t('search')}
        </label>
        <TextInput key={selected.q ?? ''} id="filter-q" name="q" type="search" defaultValue={selected.q} placeholder={t('searchPlaceholder')} className="min-w-48" />
      </div>
      <FilterSelect
        id="filter-area"
        name="area"
        label={t('area')}
        allLabel={t('allAreas')}
        options={areas.map((a) => ({ value: a.code, label: a.name }))}
        selected={selected.area}
      />
      <FilterSelect
        id="filter-status"
        name="status"
        label={t('status')}
        allLabel={t('allStatuses')}
        options={projectStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        selected={selected.status}
      />
      <FilterSelect
        id="filter-party"
        name="party"
        label={t('party')}
        allLabel={t('allParties')}
        options={parties.map((p) => ({ value: p.code, label: p.name }))}
        selected={selected.party}
      />
      <button type="submit" className={buttonClasses('secondary')}>
        {t('filter')}
      </button>
      {isFiltered && (
        <Link href="/programme" className={buttonClasses('ghost')}>
          {tCommon('clear')}
        </Link>
      )}
    </form>
  );
}
