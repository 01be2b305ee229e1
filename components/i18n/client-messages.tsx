import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type catalog from '@/messages/en';
import { pickMessages } from './pick-messages';

/** The catalog's top-level namespaces (`meetings`, `browserErrors` ...). */
export type Namespace = keyof typeof catalog;
/** A namespace, or one group of messages in it (`agenda.followUpStatus`) when a page's client parts need no more. */
type MessagePath = Namespace | `${Namespace}.${string}`;

/**
 * The messages of the client components below it, and only those: the browser gets each page's
 * strings in the page's HTML, so passing the whole catalog would send every area's text to every
 * page. A provider replaces the one above it, so a page lists every namespace its client parts use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessagePath[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = pickMessages(messages, namespaces);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
