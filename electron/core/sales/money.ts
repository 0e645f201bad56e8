// Core (pure): money as integer minor units with its currency. Resmark sends decimal major units
// (resmark.md §8.14 [A]); they are converted through their decimal text, never by multiplying a
// float, so 19.99 is 1999 and never 1998.9999999999998.

export interface Money {
  /** Integer minor units, e.g. pence. */
  readonly minor: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

/** Digits after the decimal point for a currency (GBP 2, JPY 0), as Intl knows them. */
export function minorDigits(currency: string): number {
  const code = normaliseCurrency(currency);
  return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits as number;
}

function normaliseCurrency(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
  return code;
}

export function money(minor: number, currency: string): Money {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not a whole number of minor units`);
  return { minor, currency: normaliseCurrency(currency) };
}

/**
 * A decimal amount in major units (a JSON number or its text) to minor units, exactly. More
 * decimals than the currency has is refused, not rounded: it means we misread the amount.
 */
export function fromMajor(value: number | string, currency: string): Money {
  const code = normaliseCurrency(currency);
  // String(number) is the shortest text that reads back as the same double: 19.99 -> "19.99".
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a plain decimal amount`);
  const [, sign, whole, fraction = ''] = match as unknown as [string, string, string, string?];
  const digits = minorDigits(code);
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > digits) {
    throw new RangeError(`${text} ${code} has more than ${digits} decimal places`);
  }
  const minor = Number(`${sign}${whole}${trimmed.padEnd(digits, '0')}`);
  return money(minor === 0 ? 0 : minor, code);
}

/** Minor units back to the decimal major-unit number an API that wants major units takes. */
export function toMajor(amount: Money): number {
  const digits = minorDigits(amount.currency);
  const sign = amount.minor < 0 ? '-' : '';
  const text = String(Math.abs(amount.minor)).padStart(digits + 1, '0');
  const cut = text.length - digits;
  return Number(digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, cut)}.${text.slice(cut)}`);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return money(a.minor + b.minor, a.currency);
}

export function timesMoney(unit: Money, count: number): Money {
  if (!Number.isSafeInteger(count)) throw new RangeError(`${count} is not a whole count`);
  return money(unit.minor * count, unit.currency);
}

/** The amount for the venue's locale, e.g. "£12.50" (en-GB) or "12,50 £" (fr-FR). */
export function formatMoney(amount: Money, locale: string): string {
  const digits = minorDigits(amount.currency);
  // Dividing an integer by a power of ten gives the nearest double, which prints exactly at `digits`.
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: amount.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount.minor / 10 ** digits);
}
