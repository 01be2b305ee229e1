import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { buttonClasses } from '../ui/button';
import { TextInput } from '../ui/field';

/** A plain GET form: the search lives in the URL, so it can be shared and works without JavaScript. */
export function UserSearch({ query }: { query?: string }) {
  const t = useTranslations();
  return (
    <form role="search" action="/admin/users" className="mb-4 flex max-w-xl gap-2">
      <label htmlFor="user-search" className="sr-only">
        {t('users.searchLabel')}
      </label>
      <TextInput key={query ?? ''} id="user-search" name="query" type="search" defaultValue={query} placeholder={t('users.searchPlaceholder')} />
      <button type="submit" className={buttonClasses('secondary')}>
        {t('common.search')}
      </button>
      {query && (
        <Link href="/admin/users" className={buttonClasses('ghost')}>
          {t('common.clear')}
        </Link>
      )}
    </form>
  );
}
