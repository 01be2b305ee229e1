// Meetings happen in their own time zone: times are entered and shown there, stored as instants.

// Meeting dates are calendar days in the meeting's own time zone: format them as such, never shifted.
export const calendarDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The IANA zones the runtime knows, for pickers. */
export function timeZoneNames(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: string): boolean {
  return localDateTimePattern.test(value);
}

/**
 * The instant at which the clocks of `timeZone` show `local` ("2023-11-23T09:30"). Found by taking
 * the zone's offset at a first guess and correcting once, which also settles DST transitions.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date {
  const match = localDateTimePattern.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const c = wallClockAt(new Date(instant), timeZone);
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - instant;
  };
  const firstGuess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(firstGuess));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What the clocks of `timeZone` show at `instant`, as "YYYY-MM-DDTHH:mm" (the value of a datetime-local input). */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const c = wallClockAt(instant, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** The date ("YYYY-MM-DD") the clocks of `timeZone` show at `instant`. */
export function zonedDate(instant: Date, timeZone: string): string {
  return instantToZonedLocal(instant, timeZone).slice(0, 10);
}

/** Calendar arithmetic on "YYYY-MM-DD" dates, free of time zones. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / 86_400_000);
}
