// Core (plain Node): the extra search terms stored next to a person (phone variants, joined names),
// so that whatever form staff type a phone or a name in, an FTS prefix query finds it.

// ITU-T E.164 calling codes are prefix-free: these are the 1- and 2-digit ones; all others have 3.
const ONE_DIGIT_CODES = new Set(['1', '7']);
const TWO_DIGIT_CODES = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

/** Digits only, or null when there are none. */
export function phoneDigits(raw: string | null): string | null {
  const digits = (raw ?? '').replace(/\D/g, '');
  return digits === '' ? null : digits;
}

/**
 * The phone's digits back to front, so that its last digits (what staff ask for) are a prefix an
 * index can seek: 07700 900722 -> 22700900770. Null when there are no digits.
 */
export function reversedDigits(raw: string | null): string | null {
  const digits = phoneDigits(raw);
  return digits === null ? null : [...digits].reverse().join('');
}

function callingCodeLength(digits: string): number {
  if (ONE_DIGIT_CODES.has(digits.slice(0, 1))) return 1;
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

/** The number as dialled internationally, nationally with a trunk 0, and without either. */
function withAndWithoutCountryCode(digits: string): string[] {
  const national = digits.slice(callingCodeLength(digits));
  return national.length < 4
    ? [digits]
    : [digits, national, national.startsWith('0') ? national : `0${national}`];
}

/**
 * Every form of a phone number a prefix search should find: `+44 7700 900123` is stored as
 * 447700900123, 7700900123 and 07700900123, so typing "447700", "7700" or "07700" all match.
 */
export function phoneKeys(raw: string | null): string[] {
  if (!raw) return [];
  const cleaned = raw.replace(/\(0\)/g, ''); // "+44 (0)7700 …": the (0) is not dialled internationally
  let digits = cleaned.replace(/\D/g, '');
  if (digits.length < 3) return [];
  const international = /^\s*(\+|00)/.test(cleaned);
  if (/^\s*00/.test(cleaned)) digits = digits.slice(2);
  let keys: string[];
  if (international) keys = withAndWithoutCountryCode(digits);
  else if (digits.startsWith('0')) keys = [digits, digits.slice(1)];
  // No "+" but long enough to include a country code (e.g. 447700900123): index both readings.
  else if (digits.length >= 11) keys = withAndWithoutCountryCode(digits);
  else keys = [digits];
  return [...new Set(keys)];
}

/** "O'Brien" -> "obrien", "Smith-Jones" -> "smithjones": what people type when they skip the punctuation. */
export function joinedKeys(...values: (string | null)[]): string[] {
  const keys: string[] = [];
  for (const value of values) {
    if (!value) continue;
    const parts = value
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (parts.length > 1) keys.push(parts.join(''));
  }
  return keys;
}

/** A confirmation like "RM-2024-0001" is also findable as "rm20240001" and "20240001". */
export function confirmationKeys(confirmation: string): string[] {
  const digits = confirmation.replace(/\D/g, '');
  return [...joinedKeys(confirmation), ...(digits.length >= 3 && digits !== confirmation ? [digits] : [])];
}

export function customerSearchKeys(c: { firstName: string; lastName: string; phone: string | null }): string {
  return [...phoneKeys(c.phone), ...joinedKeys(c.firstName, c.lastName)].join(' ');
}

export function orderSearchKeys(o: {
  confirmation: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
}): string {
  return [
    ...phoneKeys(o.phone),
    ...confirmationKeys(o.confirmation),
    ...joinedKeys(o.firstName, o.lastName),
  ].join(' ');
}

/**
 * An instant as UTC ISO-8601, so text comparison is time order (back ends send offsets and
 * zone-less local times). Unparseable input is kept as sent rather than dropping the row.
 */
export function toUtcIso(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
