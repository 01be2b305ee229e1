const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const unitOrdinals = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const tenOrdinals = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

function ordinalBelowHundred(n: number): string {
  if (n < 20) return unitOrdinals[n]!;
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? tenOrdinals[ten]! : `${tens[ten]}-${unitOrdinals[unit]}`;
}

/** The ordinal in words, as UN meeting titles spell it: 26 -> "twenty-sixth", 101 -> "one hundred and first". */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return `${n}th`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return ordinalBelowHundred(rest);
  const head = `${units[hundreds]} hundred`;
  return rest === 0 ? `${head}th` : `${head} and ${ordinalBelowHundred(rest)}`;
}

/** "Twenty-sixth Senior Officials Meeting of NEASPEC": the title staff start from, and may edit. */
export function suggestMeetingTitle(seriesName: string, number: number, programme: string): string {
  const ordinal = ordinalWords(number);
  return `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} ${seriesName} of ${programme}`;
}
