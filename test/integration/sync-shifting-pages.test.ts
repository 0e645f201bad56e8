// Integration (plain Node): the real Reservie sync against a v1 server whose customer list changes
// while the download is reading it. A deletion ahead of the read point slides the next rows back
// onto a page already read; a pass that saw the list move is re-read before it counts as the list.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PASSES_WHILE_SHIFTING } from '../../electron/core/sync/paged-download';
import { reserviePlan } from '../../electron/core/sync/reservie-plan';
import { openTempCache, runSync } from '../support/sync-harness';
import {
  customerRows,
  eventToday,
  fakeClient,
  registrationRows,
  startFakeReservie,
  type FakeReservie,
  type Row,
} from './fake-reservie';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

async function setup(customers: number) {
  const fake = await startFakeReservie();
  open.push(fake);
  fake.lists.set('customers', customerRows(customers));
  const cache = openTempCache();
  open.push(cache);
  const plans = { reservie: reserviePlan(fakeClient(fake)) };
  const sync = (full: boolean) => runSync(cache.store, plans, { full });
  /** Every cached customer as "id email", sorted: compared with the server's own list. */
  const cached = () =>
    (
      cache.db.prepare('SELECT id, email FROM customers ORDER BY id').all() as { id: string; email: string }[]
    ).map((c) => `${c.id} ${c.email}`);
  const onServer = () =>
    fake.lists
      .get('customers')!
      .map((c) => `${c.id} ${String(c.email)}`)
      .sort();
  return { fake, cache, sync, cached, onServer };
}

/** 2 customers deleted from pages already read, 7 added at the end, and one e-mail edited. */
function deleteTwoAddSeven(fake: FakeReservie) {
  const rows = fake.lists.get('customers')!;
  const kept: Row[] = rows.filter((c) => c.id !== 'cus_10' && c.id !== 'cus_150');
  const edited = kept.map((c) => (c.id === 'cus_50' ? { ...c, email: 'new-address@example.com' } : c));
  fake.lists.set('customers', [...edited, ...customerRows(7, 501)]);
}

describe('no record lost to shifting pages', () => {
  it('2 deleted and 7 added during the first download: after two runs the cache is exactly the server', async () => {
    const { fake, sync, cached, onServer } = await setup(500);
    fake.changeBefore('customers', 3, () => deleteTwoAddSeven(fake)); // pages 1 and 2 are read

    const first = await sync(false);
    expect(first.failures).toEqual([]);
    const second = await sync(false); // a tail read, as the next scheduled run would be
    expect(second.failures).toEqual([]);

    const server = onServer();
    expect(server).toHaveLength(505);
    expect(cached()).toEqual(server);
    // The two that slid back onto page 2 when the deleted rows left page 1 and 2.
    expect(server).toContain('cus_201 guest201@example.com');
    expect(cached()).toContain('cus_50 new-address@example.com');
  });

  it('a row inserted ahead of the read point (pages overlap, no total to go by) also makes the pass re-read', async () => {
    const { fake, sync, cached, onServer } = await setup(300);
    fake.setPaging('customers', { total: false });
    await sync(true);
    fake.changeBefore('customers', 2, () => {
      const rows = fake.lists.get('customers')!;
      fake.lists.set('customers', [
        { id: 'cus_0', firstName: 'New', lastName: 'First', email: 'first@example.com' },
        ...rows,
      ]);
    });
    fake.resetRequests();
    const { failures } = await sync(true);
    expect(failures).toEqual([]);
    expect(cached()).toEqual(onServer());
    // 301 rows: 4 pages and an empty one to confirm the end, read twice.
    expect(fake.requests('customers')).toBe(10);
  });

  it('a list that keeps changing is not swept, says so, and is read whole again next time', async () => {
    const { fake, cache, sync, cached } = await setup(300);
    await sync(true);
    const removed = fake.lists.get('customers')!.filter((c) => c.id !== 'cus_299');
    fake.lists.set('customers', removed);
    let added = 0;
    for (let pass = 0; pass < MAX_PASSES_WHILE_SHIFTING; pass++) {
      fake.changeBefore('customers', 2, () =>
        fake.lists.get('customers')!.push(...customerRows(1, 1000 + added++)),
      );
    }
    const { failures } = await sync(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^Customers did not sync: The list changed while it was being read, 3 times in a row/,
    );
    expect(cached()).toContain('cus_299 guest299@example.com'); // not swept on an untrusted pass

    const calm = await sync(false); // owed a full pass, not a tail read
    expect(calm.failures).toEqual([]);
    expect(cached()).not.toContain('cus_299 guest299@example.com');
    expect(cache.store.counts().customers).toBe(302);
  });

  it("today's register changing while it is read: no booking is lost or swept", async () => {
    const { fake, cache, sync } = await setup(10);
    fake.lists.set('events', [eventToday('evt_1')]);
    const register = 'events/evt_1/registrations';
    fake.lists.set(register, registrationRows(250));
    await sync(true);
    fake.changeBefore(register, 3, () => {
      const rows = fake.lists.get(register)!.filter((r) => r.id !== 'reg_5' && r.id !== 'reg_6');
      fake.lists.set(register, [...rows, ...registrationRows(260).slice(250)]);
    });
    const { failures } = await sync(false);
    expect(failures).toEqual([]);
    const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();
    expect(ids(cache.store.listRegistrations('evt_1'))).toEqual(ids(fake.lists.get(register)!));
  });
});
