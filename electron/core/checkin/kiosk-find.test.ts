// Core tests (plain Node, real SQLite cache): the kiosk's look-up. Names from their start, whole
// e-mails and phones only, scanned codes straight to one person, never more than 5, and nothing
// but a customer id and "Ann K." in the answer.
import { describe, expect, test } from 'vitest';
import { createCheckInReads } from '../store/checkin-reads';
import { createKioskSearch } from '../store/kiosk-search';
import type { CacheDb } from '../store/open-database';
import { customer, customerPass, openTestCache, useTempDir } from '../store/testing/fixtures';
import type { CustomerRecord } from '../store/records';
import { kioskFind } from './kiosk-find';
import { publicName } from './public-name';

const PEOPLE: CustomerRecord[] = [
  customer('c1', {
    firstName: 'Ann',
    lastName: 'Kowalski',
    email: 'ann.k@example.com',
    phone: '+44 7700 900123',
  }),
  customer('c2', { firstName: 'Ann', lastName: 'Kim', email: 'annkim@example.com', phone: null }),
  customer('c3', {
    firstName: 'Siobhán',
    lastName: "O'Brien",
    email: 'siobhan@example.ie',
    phone: '07700 900456',
  }),
  customer('c4', { firstName: 'Bert', lastName: 'Annand', email: 'bert@example.com', phone: null }),
  ...['Mark', 'Maria', 'Marco', 'Marta', 'Marek', 'Marius'].map((firstName, i) =>
    customer(`m${i}`, { firstName, lastName: 'Zed', email: `m${i}@example.com` }),
  ),
];

describe('kioskFind', () => {
  const dir = useTempDir();
  const open = (): CacheDb => {
    const { db, store } = openTestCache(dir());
    store.writePage({ backend: 'reservie', resource: 'customers', gen: 1, records: PEOPLE, cursor: 1 });
    const held = [customerPass('cp-77', 'c3', { passId: 'p1' })];
    store.writePage({ backend: 'reservie', resource: 'customerPasses', gen: 1, records: held, cursor: 1 });
    return db;
  };
  const finder = () => {
    const db = open();
    const reads = createCheckInReads(db);
    const search = createKioskSearch(db);
    // The same resolution `checkin:resolve` makes (checkin-service.ts), over the same cache.
    const resolve = (text: string) => {
      if (reads.customer(text)) return { customerId: text, matched: 'customerId' as const };
      const holder = reads.customerOfPass(text);
      if (holder) return { customerId: holder, matched: 'customerPassId' as const };
      const byEmail = reads.customersByEmail(text);
      return byEmail.length === 1 ? { customerId: byEmail[0]!, matched: 'email' as const } : null;
    };
    return (text: string) => kioskFind(text, { resolve, customerName: (id) => reads.customer(id), search });
  };

  test('finds by the start of a first name, a last name, or both, as "First L." only', () => {
    const find = finder();
    expect(find('kowal')).toEqual({
      matches: [{ customerId: 'c1', displayName: 'Ann K.' }],
      tooMany: false,
      sameNameHidden: 0,
    });
    expect(find('ann kow').matches).toEqual([{ customerId: 'c1', displayName: 'Ann K.' }]);
    expect(find('siobhan obr').matches).toEqual([{ customerId: 'c3', displayName: 'Siobhán O.' }]);
    expect(find('obrien').matches.map((m) => m.customerId)).toEqual(['c3']);
    expect(find('bert').matches).toEqual([{ customerId: 'c4', displayName: 'Bert A.' }]);
  });

  test('two people with the same public name are not offered: they cannot be told apart', () => {
    // Ann Kowalski and Ann Kim are both "Ann K."; Bert Annand matches "ann" by his last name.
    expect(finder()('ann')).toEqual({
      matches: [{ customerId: 'c4', displayName: 'Bert A.' }],
      tooMany: false,
      sameNameHidden: 2,
    });
  });

  test('more than 5 matches shows none', () => {
    expect(finder()('mar')).toEqual({ matches: [], tooMany: true, sameNameHidden: 0 });
    expect(finder()('marc').matches).toEqual([{ customerId: 'm2', displayName: 'Marco Z.' }]);
  });

  test('an e-mail or a phone must be whole: a prefix or the last digits find nobody', () => {
    const find = finder();
    expect(find('annkim@example.com').matches).toEqual([{ customerId: 'c2', displayName: 'Ann K.' }]);
    expect(find('ANNKIM@EXAMPLE.COM').matches.map((m) => m.customerId)).toEqual(['c2']);
    expect(find('annkim@exam').matches).toEqual([]);
    expect(find('example.com').matches).toEqual([]);
    for (const phone of ['+44 7700 900123', '07700 900123', '07700900123'])
      expect(
        find(phone).matches.map((m) => m.customerId),
        phone,
      ).toEqual(['c1']);
    expect(find('900123').matches).toEqual([]);
    expect(find('07700').matches).toEqual([]);
    // A name with the start of a phone is not a way to fish for the phone either.
    expect(find('kowalski 07700').matches).toEqual([]);
  });

  test('a scanned customer id or customer-pass id goes straight to that one person', () => {
    const find = finder();
    expect(find('c3').matches).toEqual([{ customerId: 'c3', displayName: 'Siobhán O.' }]);
    expect(find('cp-77').matches).toEqual([{ customerId: 'c3', displayName: 'Siobhán O.' }]);
  });

  test('FTS syntax in the text is plain words, never an error or a wider match', () => {
    const find = finder();
    for (const text of ['ann OR bert', '"ann"*', 'NEAR(ann bert)', 'first_name:ann', '***', '@@@', '()+-'])
      expect(() => find(text), text).not.toThrow();
    expect(find('ann OR bert').matches).toEqual([]);
  });
});

describe('publicName', () => {
  test('first name and last initial; never more of the surname', () => {
    expect(publicName('Ann', 'Kowalski')).toBe('Ann K.');
    expect(publicName('  Ann ', ' kowalski')).toBe('Ann K.');
    expect(publicName('Ann', '')).toBe('Ann');
    expect(publicName('', 'Ørsted')).toBe('Ø.');
    expect(publicName(null, null)).toBe('Guest');
  });
});
