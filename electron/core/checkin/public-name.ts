// Core (plain Node): a customer's name as the public may see it on the kiosk: "Ann K.".
// The whole surname, the e-mail and the phone never leave the core for a kiosk caller.

export function publicName(firstName: string | null, lastName: string | null): string {
  const first = (firstName ?? '').trim();
  // The first letter as people read it (a grapheme, so "Ørsted" gives "Ø.", not half a character).
  const initial = firstGrapheme((lastName ?? '').trim());
  const last = initial ? `${initial.toLocaleUpperCase()}.` : '';
  return [first, last].filter(Boolean).join(' ') || 'Guest';
}

function firstGrapheme(text: string): string {
  if (!text) return '';
  const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
  for (const { segment } of segments) return segment;
  return '';
}
