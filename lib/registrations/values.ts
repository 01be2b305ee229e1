// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/** A person's place in their party's delegation; observers register as observers. */
export const delegationRoles = ['head', 'alternate', 'delegate', 'adviser', 'observer'] as const;
export type DelegationRole = (typeof delegationRoles)[number];

export const honorifics = ['Mr.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'H.E. Mr.', 'H.E. Ms.'] as const;
export type Honorific = (typeof honorifics)[number];

export const participationModes = ['in_person', 'online'] as const;
export type ParticipationMode = (typeof participationModes)[number];

/** pending -> approved | rejected, back to pending by the secretariat; cancelled by the person. */
export const registrationStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/**
 * The credentials letter of a delegation: `pending` until the head submits it (or the secretariat
 * receives it by hand), then `received`, then `accepted`; a correction sends it back to the head.
 */
export const credentialsStatuses = ['pending', 'submitted', 'received', 'accepted', 'correction_requested'] as const;
export type CredentialsStatus = (typeof credentialsStatuses)[number];

/** How many days before the first and after the last day of a meeting a participant may arrive or leave. */
export const stayWindowDays = 2;
