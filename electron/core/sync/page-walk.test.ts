// Unit (plain Node): where the page walk says a list ends, and how it stops a list that never does.
import { describe, expect, it } from 'vitest';
import { systemClock } from '../ports';
import { openTestCache, useTempDir } from '../store/testing/fixtures';
import { MAX_PAGES_WITHOUT_TOTAL, endsList, walkPages, type ListPage } from './page-walk';
import { tooShortToTrust } from './paged-download';
import { ListIncompleteError } from './sync-errors';
import type { SyncContext } from './sync-types';

const dir = useTempDir();

function ctx(): SyncContext {
  return {
    backend: 'reservie',
    store: openTestCache(dir()).store,
    clock: systemClock,
    signal: new AbortController().signal,
    full: true,
    progress: () => {},
  };
}

type Row = { id: string };
const rows = (from: number, n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${from + i}` }));
const page = (records: Row[], extra: Partial<ListPage<Row>> = {}): ListPage<Row> => ({
  records,
  total: null,
  served: records.length,
  requested: 100,
  echoedSize: null,
  ...extra,
});

/** Walks a fake list from page 1; returns the pages asked for, or the error that stopped it. */
async function walk(fetch: (n: number) => ListPage<Row>) {
  const asked: number[] = [];
  try {
    const result = await walkPages(ctx(), {
      resource: 'customers',
      startPage: 1,
      pagesBefore: 0,
      seenBefore: 0,
      fetch: async (n) => {
        asked.push(n);
        return fetch(n);
      },
      onPage: () => {},
    });
    return { asked, result, error: null };
  } catch (error) {
    return { asked, result: null, error };
  }
}

describe('endsList', () => {
  it('ends on an empty page, whatever else the page says', () => {
    expect(endsList(page([], { total: 500 }), 100)).toBe(true);
  });

  it('with a total, only reaching it ends the list: a short page is not enough', () => {
    expect(endsList(page(rows(1, 50), { total: 230 }), 50)).toBe(false);
    expect(endsList(page(rows(1, 30), { total: 230 }), 230)).toBe(true);
  });

  it('without a total, a short page ends the list only when the server said its page size', () => {
    expect(endsList(page(rows(1, 30)), 230)).toBe(false);
    expect(endsList(page(rows(1, 30), { echoedSize: 50 }), 230)).toBe(true);
    expect(endsList(page(rows(1, 50), { echoedSize: 50 }), 200)).toBe(false);
  });

  it('counts the rows the server sent, not the ones the client could read', () => {
    expect(endsList(page(rows(1, 97), { served: 100, total: 200 }), 200)).toBe(true);
  });
});

describe('walkPages', () => {
  it('stops a list with no total that keeps bringing new rows after MAX_PAGES_WITHOUT_TOTAL pages', async () => {
    const { asked, error } = await walk((n) => page(rows(n * 100, 100)));
    expect(error).toBeInstanceOf(ListIncompleteError);
    expect(String(error)).toMatch(/10000 pages/);
    expect(asked).toHaveLength(MAX_PAGES_WITHOUT_TOTAL);
  });

  it('with a total, the limit follows from it (twice the pages it implies, plus slack)', async () => {
    // A total of 1,000 at 100 a page, but the server then dribbles one new row a page.
    const { asked, error } = await walk((n) => page(rows(n * 100, n === 1 ? 100 : 1), { total: 1000 }));
    expect(error).toBeInstanceOf(ListIncompleteError);
    expect(asked).toHaveLength(2 * 10 + 10);
  });

  it('stops at the first page that brings nothing new (a server ignoring `page`)', async () => {
    const { asked, error } = await walk(() => page(rows(1, 100)));
    expect(error).toBeInstanceOf(ListIncompleteError);
    expect(asked).toEqual([1, 2]);
  });

  it('also when it wraps round to the first page again (a server cycling)', async () => {
    const { asked, error } = await walk((n) => page(rows(((n - 1) % 2) * 100, 100)));
    expect(error).toBeInstanceOf(ListIncompleteError);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('a repeat of a short last page (a server clamping past the end) ends the list', async () => {
    const { asked, result } = await walk((n) => page(n === 1 ? rows(1, 100) : rows(101, 30)));
    expect(asked).toEqual([1, 2, 3]);
    expect(result?.seen).toBe(130);
  });

  it('learns the page size a server silently caps to', async () => {
    const { result } = await walk((n) => page(n <= 4 ? rows(n * 50, 50) : rows(n * 50, 30), { total: 230 }));
    expect(result).toEqual({ seen: 230, total: 230, pageSize: 50, shifted: false });
  });
});

describe('a list that changes under the walk', () => {
  it('a total that moves between pages marks the walk shifted, from that page on', async () => {
    const steps: boolean[] = [];
    const result = await walkPages(ctx(), {
      resource: 'customers',
      startPage: 1,
      pagesBefore: 0,
      seenBefore: 0,
      fetch: async (n) => page(rows(n * 100, n <= 3 ? 100 : 5), { total: n === 1 ? 300 : 305 }),
      onPage: (_p, step) => steps.push(step.shifted),
    });
    expect(steps).toEqual([false, true, true, true]);
    expect(result.shifted).toBe(true);
  });

  it('a page that repeats some of the previous page (rows inserted ahead) marks it shifted', async () => {
    const { result } = await walk((n) =>
      n === 1 ? page(rows(1, 100)) : n === 2 ? page(rows(100, 100)) : page([]),
    );
    expect(result?.shifted).toBe(true);
  });

  it('a steady list is not shifted; a resumed pass compares with the total before it stopped', async () => {
    const steady = await walk((n) => page(n <= 2 ? rows(n * 100, 100) : [], { total: 200 }));
    expect(steady.result?.shifted).toBe(false);
    const resumed = await walkPages(ctx(), {
      resource: 'customers',
      startPage: 2,
      pagesBefore: 1,
      seenBefore: 100,
      totalBefore: 190,
      fetch: async () => page(rows(200, 100), { total: 200 }),
      onPage: () => {},
    });
    expect(resumed.shifted).toBe(true);
  });
});

describe('tooShortToTrust', () => {
  it('distrusts a pass under half the last complete one, for lists of more than 100', () => {
    expect(tooShortToTrust(40, 230)).toBe(true);
    expect(tooShortToTrust(115, 230)).toBe(false);
    expect(tooShortToTrust(10, 100)).toBe(false);
    expect(tooShortToTrust(0, null)).toBe(false);
  });
});
