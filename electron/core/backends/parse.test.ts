// Core tests (plain Node): the lenient field readers both mappers share.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  instant,
  listRows,
  optBool,
  optId,
  optInstant,
  optNumber,
  optText,
  readEach,
  readInstant,
  readTimeOnDay,
  reportSkipped,
  tierMap,
} from './parse';

// A machine in London: a zone-less time must still be read as UTC, not as local time.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('instants', () => {
  it('runs in a zone where local time is not UTC (summer)', () => {
    expect(new Date('2026-06-03T09:00:00').toISOString()).toBe('2026-06-03T08:00:00.000Z');
  });

  it('reads zone-less ISO date-times as UTC (reservie.md §1, resmark.md §8.13)', () => {
    expect(instant.parse('2026-06-03T09:00:00')).toBe('2026-06-03T09:00:00.000Z');
    expect(instant.parse('2026-06-03T09:00')).toBe('2026-06-03T09:00:00.000Z');
    expect(instant.parse('2026-06-03 09:00:00.250')).toBe('2026-06-03T09:00:00.250Z');
    expect(instant.parse('2026-06-03T09:00:00Z')).toBe('2026-06-03T09:00:00.000Z');
    expect(instant.parse('2026-06-03T10:00:00.123+01:00')).toBe('2026-06-03T09:00:00.123Z');
    expect(instant.parse('2026-06-03')).toBe('2026-06-03T00:00:00.000Z');
  });

  it('reads epoch seconds and milliseconds, as numbers or digits', () => {
    expect(instant.parse(1705314600)).toBe('2024-01-15T10:30:00.000Z');
    expect(instant.parse(1705314600000)).toBe('2024-01-15T10:30:00.000Z');
    expect(instant.parse('1705314600')).toBe('2024-01-15T10:30:00.000Z');
  });

  it('reads a naive time in a named zone when one is given (v2-style dates, §10.13)', () => {
    expect(readInstant('2026-06-03T09:00:00', 'Europe/London')).toBe('2026-06-03T08:00:00.000Z');
    expect(readInstant('2026-01-03T09:00:00', 'Europe/London')).toBe('2026-01-03T09:00:00.000Z');
    expect(readInstant('2026-06-03T09:00:00', 'Not/AZone')).toBe('2026-06-03T09:00:00.000Z');
  });

  it('combines a bare time with its day, and fails only on what it cannot read', () => {
    expect(readTimeOnDay('09:00', '2022-05-03')).toBe('2022-05-03T09:00:00.000Z');
    expect(readTimeOnDay('9:05:30', '2022-05-03')).toBe('2022-05-03T09:05:30.000Z');
    expect(readTimeOnDay('2:30 PM', '2022-05-03')).toBe('2022-05-03T14:30:00.000Z');
    expect(readTimeOnDay('12:00 am', '2022-05-03')).toBe('2022-05-03T00:00:00.000Z');
    expect(readTimeOnDay('2022-05-03T09:00:00.000Z', '2022-05-04')).toBe('2022-05-03T09:00:00.000Z');
    expect(readTimeOnDay('25:00', '2022-05-03')).toBeNull();
    expect(readTimeOnDay('09:00', null)).toBeNull();
    expect(instant.safeParse('soon').success).toBe(false);
    expect(optInstant.parse('...')).toBeNull();
    expect(optInstant.parse(undefined)).toBeNull();
  });
});

describe('lenient fields', () => {
  it('reads ids, text, numbers and flags in the types servers actually send', () => {
    expect(optId.parse(7)).toBe('7');
    expect(optId.parse('')).toBeNull();
    expect(optId.parse({ id: 1 })).toBeNull();
    expect(optText.parse(5551234)).toBe('5551234');
    expect(optText.parse({})).toBeNull();
    expect(optNumber.parse('$1,258.50')).toBe(1258.5);
    expect(optNumber.parse('258.00 USD')).toBe(258);
    expect(optNumber.parse('lots')).toBeNull();
    expect([1, 0, 'true', 'False', 'yes', 'maybe', null].map((v) => optBool.parse(v))).toEqual([
      true,
      false,
      true,
      false,
      true,
      null,
      null,
    ]);
  });

  it('keeps a scalar price or seat count under the tier key the notes use', () => {
    expect(tierMap('All').parse(129)).toEqual({ All: 129 });
    expect(tierMap('*').parse('12')).toEqual({ '*': 12 });
    expect(tierMap('All').parse({ Adult: '50.00', Child: 'n/a' })).toEqual({ Adult: 50 });
    expect(tierMap('All').parse(null)).toEqual({});
  });
});

describe('rows', () => {
  it('finds the rows of a list, reading null, a missing key and {} as none', () => {
    expect(listRows([1], ['customers'])).toEqual([1]);
    expect(listRows({ customers: [1], total: 1 }, ['customers'])).toEqual([1]);
    expect(listRows({ customers: null, total: 0 }, ['customers'])).toEqual([]);
    expect(listRows({ total: 0 }, ['customers'])).toEqual([]);
    expect(listRows({}, ['items'])).toEqual([]);
    expect(listRows(null, ['items'])).toEqual([]);
    // Not a list: an error body in a 2xx, a single record, or a list key holding something else.
    expect(listRows({ error: { code: 'x' } }, ['customers'])).toBeUndefined();
    expect(listRows({ id: 'p1' }, ['items'])).toBeUndefined();
    expect(listRows({ customers: 'none' }, ['customers'])).toBeUndefined();
  });

  it('reads each row on its own and reports skipped ones by field name, never by value', () => {
    const schema = z.looseObject({ id: z.string() });
    const read = readEach(schema, [{ id: 'a' }, { id: 5, name: 'Secret Person' }, 'junk', { id: 'b' }]);
    expect(read.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(read.skipped).toBe(2);
    expect(read.fields.sort()).toEqual(['(record)', 'id']);

    const warn = vi.fn();
    reportSkipped({ warn }, 'Reservie', 'customers', read);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ resource: 'customers', skipped: 2 });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Secret Person');
    reportSkipped({ warn }, 'Reservie', 'customers', { skipped: 0, fields: [] });
    expect(warn).toHaveBeenCalledOnce();
  });
});
