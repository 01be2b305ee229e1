// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/**
 * pending until a worker claims it (sending), then sent, or back to pending for a retry, or failed
 * after the last attempt. A message left in `sending` is one whose worker stopped between handing it
 * to the SMTP server and recording the outcome: it is never retried (it may have gone out), so no one
 * receives a message twice; the outbox page shows it for the secretariat to check.
 */
export const emailStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** What a message is about, so the outbox page can filter and tests can find it. */
export const emailKinds = [
  'account_confirmed',
  'account_refused',
  'invitation',
  'registration_received',
  'registration_approved',
  'registration_rejected',
  'statement_circulated',
  'amendment_decided',
  'silence_procedure_started',
  'silence_broken',
  'meeting_notice',
  'evaluation_opened',
] as const;
export type EmailKind = (typeof emailKinds)[number];
