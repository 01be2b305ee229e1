// Dates as UN papers print them: "2 October 2023", and a meeting's days as one range,
// "23–24 November 2023" or "30 November–1 December 2027". Dates are calendar days (ISO), so they are
// formatted in UTC, where such a day starts.

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const asDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function paperDate(isoDate: string): string {
  return dayMonthYear.format(asDay(isoDate));
}

export function paperDateRange(startDate: string, endDate: string): string {
  if (startDate === endDate) return paperDate(startDate);
  // Intl sets thin spaces around the dash, which the papers' standard fonts cannot draw; UN papers set none.
  return dayMonthYear.formatRange(asDay(startDate), asDay(endDate)).replace(/\s*\u2013\s*/u, '\u2013');
}
