import { notFound } from 'next/navigation';

/** A revision named in the address (`?revision=2`, `?from=1&to=3`): a whole number, or none; anything else is a 404. */
export function revisionParam(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) notFound();
  return Number(value);
}
