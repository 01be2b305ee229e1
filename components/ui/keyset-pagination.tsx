import { Link } from './link';
import { useTranslations } from 'next-intl';
import { buttonClasses } from './button';
import { listHref } from './pagination';

type KeysetPaginationProps = {
  /** Where the newer and the older page start (none at either end of the list). */
  newerThan: number | null;
  olderThan: number | null;
  /** The list's path and its filters, kept on both links. */
  path: string;
  params?: Record<string, string | undefined>;
};

/** Newer and older pages of a list paged by position rather than by number (a log that only grows). */
export function KeysetPagination({ newerThan, olderThan, path, params }: KeysetPaginationProps) {
  const t = useTranslations('common');
  if (newerThan === null && olderThan === null) return null;
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex justify-end gap-2 text-sm">
      {newerThan !== null && (
        <Link className={buttonClasses('secondary')} href={listHref(path, { ...params, after: String(newerThan) })} rel="prev">
          {t('newer')}
        </Link>
      )}
      {olderThan !== null && (
        <Link className={buttonClasses('secondary')} href={listHref(path, { ...params, before: String(olderThan) })} rel="next">
          {t('older')}
        </Link>
      )}
    </nav>
  );
}
