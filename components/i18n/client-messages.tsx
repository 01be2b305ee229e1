import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { browserErrorAreas, type BrowserErrorArea } from '@/messages/en';
import type catalog from '@/messages/en';
import { pickMessages } from './pick-messages';

/** The catalog's top-level namespaces (`meetings`, `browserErrors` ...). */
export type Namespace = keyof typeof catalog;
/** A namespace, or one group of messages in it (`agenda.followUpStatus`) when a page's client parts need no more. */
type MessagePath = Namespace | `${Namespace}.${string}`;

type ClientMessagesProps = {
  /** False where the page renders none of its client parts for this reader (no controls): then it passes no messages. */
  hasClientParts?: boolean;
  namespaces: readonly MessagePath[];
  /** The areas whose `browserErrors` the forms below may show (`common` for the shared ones): the words of their own checks. */
  formErrors?: readonly BrowserErrorArea[];
  children: ReactNode;
};

/**
 * The messages of the client components below it, and only those: the browser gets each page's
 * strings in the page's HTML, so passing the whole catalog would send every area's text to every
 * page. A provider replaces the one above it, so a page lists every namespace its client parts use.
 * tests/unit/browser-errors.test.ts checks each page's `formErrors` against the keys its code names.
 */
export async function ClientMessages({ hasClientParts = true, namespaces, formErrors = [], children }: ClientMessagesProps) {
  const messages = await getMessages();
  const errorKeys = formErrors.flatMap((area) => browserErrorAreas[area].map((key) => `browserErrors.${key}`));
  const picked = hasClientParts ? pickMessages(messages, [...namespaces, ...errorKeys]) : {};
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
