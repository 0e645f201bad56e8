// Unit (Node, real SQLite in a temp folder): which days of inventory the Resmark sync reads.
import { afterEach, describe, expect, it } from 'vitest';
import { zonedDay } from '../../../shared/domain/zone-clock';
import { openTempCache } from '../../../test/support/sync-harness';
import { AVAILABILITY_DAYS, resmarkPlan, type ResmarkSource } from './resmark-plan';
import type { SyncContext } from './sync-types';

const open: { close(): unknown }[] = [];
afterEach(() => {
  for (const o of open.splice(0)) o.close();
});

/** The from/to days the availability step asks for at `iso`, with one product in the cache. */
async function inventoryRangeAt(iso: string): Promise<{ from: string; to: string }> {
  const cache = openTempCache();
  open.push(cache);
  cache.store.writePage({
    backend: 'resmark',
    resource: 'products',
    gen: 1,
    records: [
      {
        id: 'p1',
        productNumber: 1,
        productCode: null,
        name: 'Harbour Tour',
        quantityLabel: null,
        dateless: false,
        lastModified: null,
      },
    ],
    cursor: { gen: 1 },
  });
  const asked: { from: string; to: string }[] = [];
  const source = {
    getInventory: async (_id: string, from: string | Date, to: string | Date) => {
      asked.push({ from: String(from), to: String(to) });
      return [];
    },
  } as unknown as ResmarkSource;
  const availability = resmarkPlan(source).find((s) => s.resource === 'availability')!;
  const ctx: SyncContext = {
    backend: 'resmark',
    store: cache.store,
    clock: { now: () => new Date(iso) },
    signal: new AbortController().signal,
    full: true,
    progress: () => {},
  };
  await availability(ctx);
  expect(asked).toHaveLength(1);
  return asked[0]!;
}

describe('Resmark availability range', () => {
  it("covers the venue's whole today even where it is still yesterday in UTC terms", async () => {
    // 02:00 UTC on 2 December: 21:00 on 1 December in New York, 14:00 on 1 December at UTC−12.
    const at = '2026-12-02T02:00:00.000Z';
    const { from, to } = await inventoryRangeAt(at);
    for (const zone of ['America/New_York', 'Etc/GMT+12', 'UTC', 'Pacific/Kiritimati']) {
      expect(from <= zonedDay(Date.parse(at), zone), zone).toBe(true);
    }
    expect(from).toBe('2026-12-01');
    expect(to).toBe(new Date(Date.parse(at) + AVAILABILITY_DAYS * 86_400_000).toISOString().slice(0, 10));
  });
});
