// Integration (plain Node): the rolling refresh against a real v1 server. Between the daily whole
// passes, each run re-reads the next slice of customers and customer passes, so an edited e-mail
// or a pass spent online shows within the freshness target instead of tomorrow.
import { afterEach, describe, expect, it } from 'vitest';
import { reserviePlan, rollingPace } from '../../electron/core/sync/reservie-plan';
import type { PagedCursor } from '../../electron/core/sync/sync-types';
import { openTempCache, runSync } from '../support/sync-harness';
import { customerRows, fakeClient, startFakeReservie } from './fake-reservie';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

const MIN = 60_000;

async function setup(customers: number, runEveryMs: number) {
  const fake = await startFakeReservie();
  open.push(fake);
  fake.lists.set('customers', customerRows(customers));
  fake.lists.set(
    'customer-passes',
    Array.from({ length: 150 }, (_, i) => ({
      id: `cp_${i + 1}`,
      customerId: `cus_${i + 1}`,
      passId: 'pass_1',
      remainingUses: 5,
    })),
  );
  const cache = openTempCache();
  open.push(cache);
  const plans = {
    reservie: reserviePlan(fakeClient(fake), { rolling: { runEveryMs, requestsPerMinute: 64 } }),
  };
  const sync = (full = false) => runSync(cache.store, plans, { full });
  const email = (id: string) =>
    (cache.db.prepare('SELECT email FROM customers WHERE id = ?').pluck().get(id) as string | undefined) ??
    null;
  const uses = (id: string) =>
    cache.db.prepare('SELECT remaining_uses FROM customer_passes WHERE id = ?').pluck().get(id);
  const cursor = () => cache.store.getSyncState('reservie', 'customers')?.cursor as PagedCursor;
  const edit = (id: string, email: string) =>
    fake.lists.set(
      'customers',
      fake.lists.get('customers')!.map((c) => (c.id === id ? { ...c, email } : c)),
    );
  return { fake, cache, sync, email, uses, cursor, edit };
}

describe('the rolling refresh', () => {
  it('re-reads the next slice each run, so an edit anywhere shows within one lap, and says when the lap began', async () => {
    // 500 customers: a 5-minute target; runs every minute, so a lap is 5 runs of one page each.
    const { fake, sync, email, cursor, edit } = await setup(500, MIN);
    expect((await sync(true)).failures).toEqual([]);
    const wholeSince =
      cursor().mode === 'idle' ? (cursor() as Extract<PagedCursor, { mode: 'idle' }>).wholeSince : null;
    expect(wholeSince).toEqual(expect.any(String));
    edit('cus_450', 'moved@example.com');

    fake.resetRequests();
    for (let run = 1; run <= 4; run++) {
      expect((await sync()).failures).toEqual([]);
      expect(email('cus_450')).toBe('guest450@example.com'); // its page (5) not re-read yet
    }
    // One page per run (plus the tail read's page): the cost is flat, not a burst.
    expect(fake.requests('customers')).toBe(8);
    expect((await sync()).failures).toEqual([]);
    expect(email('cus_450')).toBe('moved@example.com');
    const after = cursor() as Extract<PagedCursor, { mode: 'idle' }>;
    expect(after.rolling).toBeUndefined(); // the lap is complete
    expect(Date.parse(after.wholeSince!)).toBeGreaterThan(Date.parse(wholeSince!));
  });

  it('a pass spent online shows its new count once its page comes round', async () => {
    const { fake, sync, uses } = await setup(100, 5 * MIN);
    await sync(true);
    fake.lists.set(
      'customer-passes',
      fake.lists.get('customer-passes')!.map((p) => (p.id === 'cp_20' ? { ...p, remainingUses: 4 } : p)),
    );
    await sync(); // a small venue: both lists whole every run (the tail read alone reads page 2 only)
    expect(uses('cp_20')).toBe(4);
  });

  it('its pace follows the list sizes the last whole passes saw', async () => {
    const { cache, sync } = await setup(500, MIN);
    await sync(true);
    const pace = rollingPace(
      {
        backend: 'reservie',
        store: cache.store,
        clock: { now: () => new Date() },
        signal: new AbortController().signal,
        full: false,
        progress: () => {},
      },
      { runEveryMs: MIN, requestsPerMinute: 64 },
    );
    expect(pace).toMatchObject({
      targetMs: 5 * MIN,
      pagesPerRun: { customers: 1, customerPasses: 1 },
      meetsTarget: true,
    });
  });
});
