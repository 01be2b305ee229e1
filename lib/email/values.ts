// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/** pending until a worker delivers it (sent) or gives up after the last retry (failed). */
export const emailStatuses = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** What a message is about, so the outbox page can filter and tests can find it. */
export const emailKinds = [
  'account_confirmed',
  'account_refused',
  'invitation',
  'registration_received',
  'registration_approved',
  'registration_rejected',
] as const;
export type EmailKind = (typeof emailKinds)[number];
