import { z } from 'zod';

// Small zod pieces shared by the domain schemas. Messages are keys of the `browserErrors` catalog namespace.

/** A record chosen in a form's select: the empty choice means none. */
export function optionalId(errorKey: string) {
  return z
    .union([z.uuid({ error: errorKey }), z.literal(''), z.null()], { error: errorKey })
    .transform((value) => value || null);
}

/** Free text that may be left empty (stored as null), trimmed and bounded. */
export function optionalText(max: number) {
  return z
    .string({ error: 'invalid' })
    .trim()
    .max(max, { error: 'tooLong' })
    .nullish()
    .transform((value) => value || null);
}

export function requiredText(min: number, max: number, errorKey: string) {
  return z
    .string({ error: errorKey })
    .trim()
    .min(min, { error: errorKey })
    .max(max, { error: 'tooLong' });
}

export const idSchema = z.uuid({ error: 'notFound' });

/** For ids from a URL: anything that is not a UUID cannot name a record. */
export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

/** What a link's secret token looks like (43 url-safe characters): anything else is not worth a database read. */
export function isLinkTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
