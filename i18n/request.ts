import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { officeTimeZone } from '@/lib/config';
import { defaultLocale, isLocale, localeCookie } from './config';

export default getRequestConfig(async () => {
  const requested = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    // Meeting times name their own zone; anything else is shown in the office's.
    timeZone: officeTimeZone,
    messages: (await import(`../messages/${locale}/index.ts`)).default,
  };
});
