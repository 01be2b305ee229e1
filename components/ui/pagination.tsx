import { Link } from './link';
import { useTranslations } from 'next-intl';
import { buttonClasses } from './button';

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path and its other query parameters, kept on every page link. */
  path: string;
  params?: Record<string, string | undefined>;
};

/** A list's address with its query parameters, leaving out the empty ones. */
export function listHref(path: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

const hrefFor = (path: string, params: PaginationProps['params'], page: number) =>
  listHref(path, { ...params, page: page > 1 ? String(page) : undefined });

export function Pagination({ page, pageCount, path, params }: PaginationProps) {
  const t = useTranslations('common');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center justify-between gap-4 text-sm">
      <p className="text-slate-600">{t('pageOf', { page, pageCount })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClasses('secondary')} href={hrefFor(path, params, page - 1)} rel="prev">
            {t('previous')}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className={buttonClasses('secondary')} href={hrefFor(path, params, page + 1)} rel="next">
            {t('next')}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
