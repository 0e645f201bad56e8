// Core (plain Node): the self-service kiosk's look-up over the cache. Narrower than the desk's
// search on purpose: a name from its start (first, last or both), or an e-mail or a phone number
// typed in full; never a prefix of an e-mail or the last digits of a phone, which would let a
// passer-by fish for people. Reservie customers only: the kiosk checks in to Reservie sessions.
import type { CacheDb } from './open-database';
import { buildMatchQuery } from './search-query';
import { phoneKeys } from './search-keys';

export interface KioskCandidate {
  id: string;
  firstName: string;
  lastName: string;
}

/** Characters people type inside phone numbers (as the desk's search-query.ts). */
const PHONE_ONLY = /^[\d\s+().\-/]+$/;
/** Fewer digits than this is not a whole phone number anywhere. */
const MIN_PHONE_DIGITS = 7;

const SQL = {
  // Column filter: a name query never matches inside an e-mail. search_keys holds the joined forms
  // of a name ("obrien") next to the phone forms, which a query of letters cannot match.
  byName: `SELECT c.id, c.first_name AS firstName, c.last_name AS lastName FROM customers c
    WHERE c.rid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?)
    ORDER BY c.last_name, c.first_name, c.id`,
  // The FTS phrase of the address's parts narrows to a few rows; the comparison makes it exact.
  byEmail: `SELECT c.id, c.first_name AS firstName, c.last_name AS lastName FROM customers c
    WHERE c.rid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match LIMIT 50)
      AND lower(c.email) = lower(@email)
    ORDER BY c.id LIMIT @limit`,
  // Whole tokens, no prefix: every stored form of a number (with and without the country code).
  byPhone: `SELECT c.id, c.first_name AS firstName, c.last_name AS lastName FROM customers c
    WHERE c.rid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?)
    ORDER BY c.id`,
} as const;

export type KioskSearch = (text: string, limit: number) => KioskCandidate[];

export function createKioskSearch(db: CacheDb): KioskSearch {
  const byName = db.prepare<[string, number], KioskCandidate>(SQL.byName);
  const byEmail = db.prepare<{ match: string; email: string; limit: number }, KioskCandidate>(SQL.byEmail);
  const byPhone = db.prepare<[string, number], KioskCandidate>(SQL.byPhone);

  return function kioskSearch(input, limit) {
    const text = input.normalize('NFKC').trim();
    if (text.includes('@')) {
      const parts = tokens(text);
      if (parts.length === 0) return [];
      return byEmail.all({ match: `{email} : "${parts.join(' ')}"`, email: text, limit });
    }
    if (PHONE_ONLY.test(text)) {
      const keys = phoneKeys(text);
      if (text.replace(/\D/g, '').length < MIN_PHONE_DIGITS || keys.length === 0) return [];
      return byPhone.all(`{search_keys} : (${keys.map((k) => `"${k}"`).join(' OR ')})`, limit);
    }
    // A word of digits alone is no part of a name, and would match the phone forms in search_keys.
    if (text.split(/\s+/).some((word) => /\d/.test(word) && PHONE_ONLY.test(word))) return [];
    const match = buildMatchQuery(text);
    return match ? byName.all(`{first_name last_name search_keys} : (${match})`, limit) : [];
  };
}

/** Letters and digits only, so nothing the guest types is FTS syntax (as search-query.ts does). */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}
