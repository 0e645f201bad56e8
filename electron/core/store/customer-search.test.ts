// Core tests (plain Node): person search by name, e-mail, phone and confirmation; passes shown; hostile input.
import { describe, expect, test } from 'vitest';
import type { CacheStore } from './cache-store';
import type { OrderRecord } from './records';
import { customer, customerPass, openTestCache, order, useTempDir } from './testing/fixtures';

const CUSTOMERS = [
  customer('c1', {
    firstName: 'Siobhán',
    lastName: "O'Brien",
    email: 'siobhan.obrien@example.ie',
    phone: '+44 7700 900123',
  }),
  customer('c2', {
    firstName: 'Jan',
    lastName: 'Kowalski',
    email: 'jan.k@poczta.pl',
    phone: '07700 900456',
  }),
  customer('c3', {
    firstName: 'Janet',
    lastName: 'Abbott',
    email: 'janet@abbott.example',
    phone: '(555) 010-4477',
  }),
  customer('c4', { firstName: 'Andy', lastName: 'Smith-Jones', email: null, phone: null }),
];
const PASSES = [
  { id: 'p10', name: '10-class pass', credits: 10, price: 10000, validityPeriod: 6, validityUnit: 'month' },
  { id: 'p5', name: '5-class pass', credits: 5, price: 5500, validityPeriod: 3, validityUnit: 'month' },
];
const HELD = [
  customerPass('cp-old', 'c1', {
    passId: 'p5',
    status: 'expired',
    remainingUses: 0,
    expiryDate: '2024-01-01',
  }),
  customerPass('cp-new', 'c1', {
    passId: 'p10',
    status: 'active',
    remainingUses: 7,
    expiryDate: '2030-01-01',
  }),
  customerPass('cp-orphan', 'c3', { passId: 'gone', status: 'active', remainingUses: 1 }),
];
const ORDERS: OrderRecord[] = [
  order('o1', {
    confirmation: 'RM-2024-0001',
    referenceId: 'fd-ref-1',
    firstName: 'Ann',
    lastName: 'Obrien',
    email: 'ann@tours.example',
    phone: '+44 7911 123456',
  }),
  order('o2', { confirmation: '884213', firstName: null, lastName: null, email: 'nameless@tours.example' }),
];

function seed(store: CacheStore): void {
  store.writePage({ backend: 'reservie', resource: 'passes', gen: 1, records: PASSES, cursor: 1 });
  store.writePage({ backend: 'reservie', resource: 'customers', gen: 1, records: CUSTOMERS, cursor: 1 });
  store.writePage({ backend: 'reservie', resource: 'customerPasses', gen: 1, records: HELD, cursor: 1 });
  store.writePage({ backend: 'resmark', resource: 'orders', gen: 1, records: ORDERS, cursor: 1 });
}

describe('searchCustomers', () => {
  const dir = useTempDir();
  const search = (query: string, limit?: number) => {
    const { store } = openTestCache(dir());
    seed(store);
    return store.searchCustomers(query, limit);
  };
  const ids = (query: string) => search(query).map((h) => h.id);

  test('finds by name prefix, any case, with or without accents, in name order', () => {
    expect(ids('jan')).toEqual(['c3', 'c2']);
    expect(ids('JAN KOW')).toEqual(['c2']);
    expect(ids('siobhan')).toEqual(['c1']);
    expect(ids('siobhán')).toEqual(['c1']);
  });

  test("finds O'Brien typed with or without the apostrophe, and Smith-Jones by either half", () => {
    expect(ids("O'Brien")).toEqual(['c1', 'o1']);
    expect(ids('obrien')).toEqual(['c1', 'o1']);
    expect(ids("o'br")).toEqual(['c1', 'o1']);
    expect(ids('jones')).toEqual(['c4']);
    expect(ids('smithjo')).toEqual(['c4']);
  });

  test('finds by e-mail prefix', () => {
    expect(ids('siobhan.obr')).toEqual(['c1']);
    expect(ids('janet@abb')).toEqual(['c3']);
    expect(ids('nameless@')).toEqual(['o2']);
  });

  test.each([
    ['07700 900123', ['c1']],
    ['7700 900', ['c2', 'c1']],
    ['+44 7700 900', ['c1']],
    ['447700', ['c1']],
    ['0044 7700 9001', ['c1']],
    ['07700-900-456', ['c2']],
    ['555 010', ['c3']],
    ['07911', ['o1']],
  ])('finds the phone number for %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test.each([
    ['0456', ['c2']],
    ['456', ['c2', 'o1']],
    ['900 123', ['c1']],
    ['123', ['c1']],
    ['4477', ['c3', 'c1']], // c3 by its end, c1 by the start of 447700…
  ])('finds a phone number by its last digits, %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test('a person found both by the start and the end of their number is listed once', () => {
    // "07700900456" starts and ends with the digits typed in full.
    expect(ids('07700900456')).toEqual(['c2']);
  });

  test('an exact confirmation number or reference finds its order first, in any case', () => {
    for (const q of ['RM-2024-0001', 'rm-2024-0001', 'fd-ref-1', 'RM20240001']) {
      expect(search(q)[0]).toMatchObject({
        kind: 'order',
        id: 'o1',
        confirmation: 'RM-2024-0001',
        passes: [],
      });
    }
    expect(search('884213')).toEqual([
      {
        kind: 'order',
        id: 'o2',
        name: 'nameless@tours.example',
        email: 'nameless@tours.example',
        phone: null,
        confirmation: '884213',
        passes: [],
      },
    ]);
  });

  test('shows the customer with their passes, active first, named from the pass catalogue', () => {
    const [hit] = search('siobhan');
    expect(hit).toEqual({
      kind: 'customer',
      id: 'c1',
      name: "Siobhán O'Brien",
      email: 'siobhan.obrien@example.ie',
      phone: '+44 7700 900123',
      confirmation: null,
      passes: [
        {
          id: 'cp-new',
          passName: '10-class pass',
          remainingUses: 7,
          expiryDate: '2030-01-01',
          status: 'active',
        },
        {
          id: 'cp-old',
          passName: '5-class pass',
          remainingUses: 0,
          expiryDate: '2024-01-01',
          status: 'expired',
        },
      ],
    });
    expect(search('abbott')[0]?.passes.map((p) => p.passName)).toEqual(['Pass gone']);
  });

  test('one character, or nothing but punctuation and operators, finds nothing', () => {
    for (const q of ['j', ' J ', '7', '', '*', '-', '"', '""', '(', ') - (']) {
      expect(search(q)).toEqual([]);
    }
  });

  test('hostile FTS syntax never throws', () => {
    for (const q of [
      '"jan',
      'jan"',
      'first_name:jan',
      "'; DROP TABLE customers; --",
      'NEAR(jan kow, 1)',
      'j*n',
      '^jan',
      '{a b}:c',
    ]) {
      expect(() => search(q)).not.toThrow();
    }
    expect(ids('first_name:jan')).toEqual([]);
  });

  test('FTS operators are plain words: AND finds Andy, NEAR( finds nobody', () => {
    expect(ids('AND')).toEqual(['c4']);
    expect(ids('NEAR(')).toEqual([]);
    expect(ids('jan AND kow')).toEqual([]);
  });

  test('returns at most `limit` hits', () => {
    const { store } = openTestCache(dir());
    const many = Array.from({ length: 60 }, (_, i) =>
      customer(`m${i}`, { firstName: 'Morgan', lastName: `Many${i}` }),
    );
    store.writePage({ backend: 'reservie', resource: 'customers', gen: 1, records: many, cursor: 1 });
    expect(store.searchCustomers('morgan')).toHaveLength(25);
    expect(store.searchCustomers('morgan', 5)).toHaveLength(5);
    expect(store.searchCustomers('morgan', 10_000)).toHaveLength(60);
  });
});
