// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const roles = ['secretariat', 'chair', 'delegate', 'observer'] as const;
export type Role = (typeof roles)[number];

/** How long a password may be: long enough to resist guessing, short enough to hash cheaply. */
export const minPasswordLength = 12;
export const maxPasswordLength = 200;
