// Core tests (plain Node, real SQLite): the saved copy's slots for a sale day are the venue's day,
// the day the live inventory files them under, not the UTC date their stored times begin with.
import { describe, expect, test } from 'vitest';
import { createSalesReads } from './sales-reads';
import { openTestCache, slot, useTempDir } from '../store/testing/fixtures';

describe('slotsOn', () => {
  const dir = useTempDir();

  function seeded() {
    const { db, store } = openTestCache(dir());
    const slots = [
      // 1 December in New York (UTC−5): 09:00, 15:00 and 20:00 there; the last two are already
      // 2 December in UTC.
      slot('ny-morning', 'tour', '2026-12-01T14:00:00.000Z'),
      slot('ny-afternoon', 'tour', '2026-12-01T20:00:00.000Z'),
      slot('ny-evening', 'tour', '2026-12-02T01:00:00.000Z'),
      slot('ny-next-day', 'tour', '2026-12-02T14:00:00.000Z'),
      slot('other-tour', 'boat', '2026-12-01T15:00:00.000Z'),
    ];
    store.writePage({ backend: 'resmark', resource: 'availability', gen: 1, records: slots, cursor: 1 });
    return createSalesReads(db);
  }

  const ids = (rows: { activityId: string }[]) => rows.map((r) => r.activityId);

  test("gives the venue day's slots, the evening's included, by start", () => {
    const reads = seeded();
    expect(ids(reads.slotsOn('tour', '2026-12-01', 'America/New_York'))).toEqual([
      'ny-morning',
      'ny-afternoon',
      'ny-evening',
    ]);
    expect(ids(reads.slotsOn('tour', '2026-12-02', 'America/New_York'))).toEqual(['ny-next-day']);
  });

  test('a venue on UTC gets the UTC dates', () => {
    const reads = seeded();
    expect(ids(reads.slotsOn('tour', '2026-12-01', 'UTC'))).toEqual(['ny-morning', 'ny-afternoon']);
    expect(ids(reads.slotsOn('tour', '2026-12-02', 'UTC'))).toEqual(['ny-evening', 'ny-next-day']);
  });

  test('a day summer time shortens keeps its last hour', () => {
    const { db, store } = openTestCache(dir());
    // 29 March 2026 in London has 23 hours: 00:00 GMT to 00:00 BST (23:00 UTC).
    const slots = [
      slot('late', 'tour', '2026-03-29T22:30:00.000Z'),
      slot('next-day', 'tour', '2026-03-29T23:00:00.000Z'),
    ];
    store.writePage({ backend: 'resmark', resource: 'availability', gen: 1, records: slots, cursor: 1 });
    const reads = createSalesReads(db);
    expect(ids(reads.slotsOn('tour', '2026-03-29', 'Europe/London'))).toEqual(['late']);
    expect(ids(reads.slotsOn('tour', '2026-03-30', 'Europe/London'))).toEqual(['next-day']);
  });
});
