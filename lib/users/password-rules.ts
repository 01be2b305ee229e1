// What makes a password acceptable, shared by the forms and the server (through lib/users/schemas.ts).
import commonPasswords from './common-passwords.json';

/**
 * The passwords of 12 characters or more among the 50,000 most common of the "10 million passwords"
 * list (Mark Burnett, 2015), lower-cased, with the offensive ones left out. Shorter common passwords
 * are refused by the length rule already; these are what people reach for when asked for 12.
 */
const commonPasswordSet = new Set(commonPasswords);

/** Whether the password is one of the most common ones, in any letter case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswordSet.has(password.toLowerCase());
}

/** Whether the password is the account's own email address, the first thing a guesser tries. */
export function isOwnEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}
