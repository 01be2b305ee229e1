// Exact decimal money: amounts travel as strings ("1250.50") and are added as integers of cents
// (BigInt), never as floats, so 0.1 + 0.2 is 0.3. Currencies are ISO 4217 codes; amounts of
// different currencies are never added together.

import { moneyScale } from './values';

const amountPattern = /^\d{1,16}(\.\d{1,2})?$/;

/** Whether the text is a non-negative amount with at most two decimals ("12", "12.5", "12.50"). */
export function isAmount(text: string): boolean {
  return amountPattern.test(text);
}

function toMinor(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > moneyScale) throw new Error(`not an amount: ${amount}`);
  const minor = BigInt(whole) * 10n ** BigInt(moneyScale) + BigInt(fraction.padEnd(moneyScale, '0') || '0');
  return negative ? -minor : minor;
}

function fromMinor(minor: bigint): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(moneyScale + 1, '0');
  const text = `${digits.slice(0, -moneyScale)}.${digits.slice(-moneyScale)}`;
  return negative ? `-${text}` : text;
}

/** The exact sum of amounts, with two decimals ("0.30"). */
export function addAmounts(...amounts: string[]): string {
  return fromMinor(amounts.reduce((sum, amount) => sum + toMinor(amount), 0n));
}

/** a - b, exactly (negative when b is larger). */
export function subtractAmounts(a: string, b: string): string {
  return fromMinor(toMinor(a) - toMinor(b));
}

/** An amount in its canonical form, two decimals ("12.5" -> "12.50"). */
export function normalizeAmount(amount: string): string {
  return fromMinor(toMinor(amount));
}

export function compareAmounts(a: string, b: string): number {
  const d = toMinor(a) - toMinor(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Sums amounts per currency, never across currencies: { JPY: "300.00", USD: "12.50" }. */
export function totalsByCurrency(rows: readonly { amount: string; currency: string }[]): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const row of rows) totals[row.currency] = addAmounts(totals[row.currency] ?? '0', row.amount);
  return totals;
}

let currencies: Set<string> | undefined;

/** Whether the code is a current ISO 4217 currency the runtime knows ("USD", "KRW"). */
export function isCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

const minorDigitsByCurrency = new Map<string, number>();

/** How many decimals the currency has (ISO 4217 minor unit, as the runtime knows it): 2 for USD, 0 for KRW and JPY. */
export function minorDigits(currency: string): number {
  let digits = minorDigitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Whether the amount has no more decimals than its currency ("1000.55" KRW has too many). */
export function fitsCurrency(amount: string, currency: string): boolean {
  // Whether the amount is one at all is its own check (isAmount): here it is only not too precise.
  const unsigned = amount.replace(/^-/, '');
  if (!isAmount(unsigned)) return true;
  const [, fraction = ''] = normalizeAmount(unsigned).split('.');
  return fraction.slice(minorDigits(currency)).replace(/0/g, '') === '';
}

/** An amount as typed with its thousands grouped ("1,250,000.50"), without the commas; anything else as it is. */
export function ungroupAmount(text: string): string {
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replaceAll(',', '') : text;
}

/** A float for a chart's bar length only: never for arithmetic, storage or display of an amount. */
export function amountForChart(amount: string): number {
  return Number(amount);
}

/**
 * An amount as people read it, exactly: "450,000.00 USD", "200,000,000 KRW" (digits grouped by three,
 * the currency's own decimals, the code after). Decimals a currency does not have are shown where the
 * amount has them, never rounded away.
 */
export function formatAmount(amount: string, currency: string): string {
  const normalized = normalizeAmount(amount);
  const negative = normalized.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? normalized.slice(1) : normalized).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const shown = fitsCurrency(normalized, currency) ? fraction.slice(0, minorDigits(currency)) : fraction;
  return `${negative ? '-' : ''}${grouped}${shown ? `.${shown}` : ''} ${currency}`;
}
