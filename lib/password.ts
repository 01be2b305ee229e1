import 'server-only';
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with OWASP-recommended costs.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a throwaway hash when the email is unknown keeps the response time the same,
// so timing does not tell which part of the sign-in was wrong.
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hash('decoy password that never matches');
  await verifyPassword(await decoyHash, password);
  return false;
}

// Letters and digits that cannot be mistaken for one another when read out or copied by hand.
const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A strong random password to hand on: four groups of five (about 99 bits), e.g. `k7xmp-2qdf9-hwt3n-vbr4e`. */
export function generatePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join(''),
  );
  return groups.join('-');
}
