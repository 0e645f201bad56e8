// Core (plain Node): turns what staff type into a safe FTS5 MATCH expression.
// User text never reaches FTS5 syntax: it is cut into letters-and-digits tokens, each quoted.

/** More words (or parts of one word) than this only slow the query down without narrowing the result. */
const MAX_WORDS = 6;
const MAX_INITIALS = 2;
/** Characters people type inside phone numbers. */
const PHONE_ONLY = /^[\d\s+().\-/]+$/;

/**
 * `Jan O'Br` -> `"jan"* AND ("o br"* OR "obr"*)`: every word must match as a prefix; a word with
 * inner punctuation matches as the phrase of its parts or as the parts run together, so O'Brien
 * finds both "O'Brien" and "Obrien". `07700 900` -> `"07700900"*` (a phone is one token in the
 * index, so its digits are joined). Returns null when there is nothing worth searching for: no
 * word of at least 2 letters or digits (so 1 character, only punctuation/operators, or "a b").
 */
export function buildMatchQuery(input: string): string | null {
  const text = input.normalize('NFKC').trim();
  const phone = phoneQuery(text);
  if (phone) return `"${phone}"*`;
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      word
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .slice(0, MAX_WORDS),
    )
    .filter((parts) => parts.length > 0);
  // A one-letter prefix matches a large share of every term in the index: worth it only to narrow
  // a real word ("jan k"), and only a couple of times ("a b c d e" alone would cost ~10 ms).
  const long = words.filter((parts) => parts.join('').length >= 2);
  if (long.length === 0) return null;
  const short = words.filter((parts) => parts.join('').length < 2).slice(0, MAX_INITIALS);
  const kept = [...long.slice(0, MAX_WORDS), ...short];
  // Parts hold only letters and digits, so they contain no quote: quoting them is enough to make
  // AND, NEAR, column filters and * plain words.
  return kept
    .map((parts) =>
      parts.length === 1 ? `"${parts[0]}"*` : `("${parts.join(' ')}"* OR "${parts.join('')}"*)`,
    )
    .join(' AND ');
}

/**
 * The end of a phone number, reversed, when the query looks like one (at least 3 digits and only
 * phone punctuation): "0722" -> "2270", to be matched as a prefix of the reversed-digits column.
 */
export function phoneSuffixKey(input: string): string | null {
  const text = input.normalize('NFKC').trim();
  if (!PHONE_ONLY.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 3 ? [...digits].reverse().join('') : null;
}

/** The digits of a phone-looking query of at least 3 digits, without an international 00. */
function phoneQuery(text: string): string | null {
  if (!PHONE_ONLY.test(text)) return null;
  let digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (text.startsWith('00')) digits = digits.slice(2);
  return digits.length >= 3 ? digits : null;
}
