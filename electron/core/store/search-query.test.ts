// Core tests (plain Node): the FTS5 query builder and the stored search keys (phones, joined names).
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { buildMatchQuery } from './search-query';
import { confirmationKeys, joinedKeys, phoneKeys, toUtcIso } from './search-keys';

describe('buildMatchQuery', () => {
  test.each([
    ['jan', '"jan"*'],
    ['  Jan  Kowal ', '"jan"* AND "kowal"*'],
    ["O'Brien", '("o brien"* OR "obrien"*)'],
    ['jane.doe@exa', '("jane doe exa"* OR "janedoeexa"*)'],
    ['José', '"josé"*'],
    ['07700 900', '"07700900"*'],
    ['+44 (0)7700 900-123', '"447700900123"*'],
    ['0044 7700', '"447700"*'],
    ['12', '"12"*'],
    ['jan k', '"jan"* AND "k"*'],
    ['" OR "', '"or"*'],
    ['NEAR(a', '("near a"* OR "neara"*)'],
  ])('%j -> %s', (input, expected) => {
    expect(buildMatchQuery(input)).toBe(expected);
  });

  test.each(['', ' ', 'j', '7', '*', '-', '"', "'", '()', '--', '" - "', 'a b', '+1 (5'])(
    '%j has nothing worth searching for',
    (input) => {
      expect(buildMatchQuery(input)).toBeNull();
    },
  );

  test('bounds the work a long input can cause', () => {
    const match = buildMatchQuery(`${'ab-'.repeat(500)} ${'word '.repeat(500)}`)!;
    expect(match.split('"').length).toBeLessThan(40);
  });

  test('keeps at most two one-letter words beside the real ones', () => {
    expect(buildMatchQuery('jan a b c d')).toBe('"jan"* AND "a"* AND "b"*');
  });

  const HOSTILE = [
    'AND',
    'OR',
    'NOT x',
    'NEAR(',
    'NEAR(a b, 2)',
    '"unterminated',
    'a"b',
    'first_name:jan',
    '{first_name last_name}: x',
    '^start',
    'x*y*',
    "'; DROP TABLE customers; --",
    '\u0000nul',
    'émoji 🎉 test',
    '(((((',
    'a AND OR NOT b',
  ];
  test.each(HOSTILE)('%j is always valid FTS5 syntax', (input) => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5 (a, content = '', contentless_delete = 1, prefix = '2 3 4')");
    const match = buildMatchQuery(input);
    if (match !== null)
      expect(() => db.prepare('SELECT rowid FROM f WHERE f MATCH ?').all(match)).not.toThrow();
  });
});

describe('search keys', () => {
  test.each([
    ['+44 7700 900123', ['447700900123', '7700900123', '07700900123']],
    ['+44 (0)7700 900123', ['447700900123', '7700900123', '07700900123']],
    ['0044 7700 900123', ['447700900123', '7700900123', '07700900123']],
    ['07700 900123', ['07700900123', '7700900123']],
    ['447700900123', ['447700900123', '7700900123', '07700900123']],
    ['+1 (555) 010-4477', ['15550104477', '5550104477', '05550104477']],
    ['+353 87 123 4567', ['353871234567', '871234567', '0871234567']],
    ['555 0100', ['5550100']],
    ['12', []],
    [null, []],
  ])('phoneKeys(%j)', (raw, keys) => {
    expect(phoneKeys(raw)).toEqual(keys);
  });

  test('joined names and confirmation numbers', () => {
    expect(joinedKeys("O'Brien", 'Smith-Jones', 'Jan')).toEqual(['obrien', 'smithjones']);
    expect(confirmationKeys('RM-2024-0001')).toEqual(['rm20240001', '20240001']);
    expect(confirmationKeys('123456')).toEqual([]);
  });

  test('instants are normalised to UTC ISO; the unparseable are kept as sent', () => {
    expect(toUtcIso('2025-06-01T10:00:00+01:00')).toBe('2025-06-01T09:00:00.000Z');
    expect(toUtcIso('soon')).toBe('soon');
  });
});
