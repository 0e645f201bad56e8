// Integration (plain Node, real simulator over HTTP, real SQLite cache): the kiosk's look-up through
// the core's dispatch, as a kiosk window makes it, and what a kiosk caller learns of a customer.
import { afterEach, expect, it } from 'vitest';
import type { CheckInOptions, KioskFindResult } from '../../shared/domain/checkin';
import { checkInWorld, type CheckInWorld } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function world(): Promise<CheckInWorld> {
  const w = await checkInWorld({ people: 2, autoSend: false });
  closers.push(() => w.sim.close());
  closers.push(() => w.core.close());
  return w;
}

const KIOSK = { mode: 'kiosk' } as const;

it('finds a customer for the kiosk by name, e-mail or card, showing only "First L."', async () => {
  const w = await world();
  const [first] = w.customers as [string];
  const find = async (text: string) => {
    const r = await w.core.dispatch('checkin:kioskFind', { text }, KIOSK);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as KioskFindResult;
  };
  const walk1 = {
    matches: [{ customerId: first, displayName: 'Walk1 I.' }],
    tooMany: false,
    sameNameHidden: 0,
  };
  expect(await find('walk1')).toEqual(walk1);
  expect(await find('  Walk1 In ')).toEqual(walk1);
  expect(await find('walk1@example.com')).toEqual(walk1);
  expect(await find(first)).toEqual(walk1);
  expect(await find(w.passes.get(first)!)).toEqual(walk1);
  // Both are "Walk… I.", but their first names differ: two buttons.
  expect((await find('walk')).matches.map((m) => m.displayName).sort()).toEqual(['Walk1 I.', 'Walk2 I.']);
  expect(JSON.stringify(await find('walk'))).not.toMatch(/example\.com|"In"/);
}, 60_000);

it('refuses fewer than 3 characters with a clear message, never a list', async () => {
  const w = await world();
  for (const text of ['', 'wa', '  w  ']) {
    const r = await w.core.dispatch('checkin:kioskFind', { text }, KIOSK);
    expect(r, JSON.stringify(text)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('Type at least 3 characters') },
    });
  }
  const long = await w.core.dispatch('checkin:kioskFind', { text: 'a'.repeat(255) }, KIOSK);
  expect(long).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
}, 60_000);

it('a kiosk caller\'s check-in options name the customer as "First L."; the desk\'s in full', async () => {
  const w = await world();
  const [first] = w.customers as [string];
  const kiosk = await w.core.dispatch('checkin:options', { customerId: first }, KIOSK);
  const desk = await w.core.dispatch('checkin:options', { customerId: first });
  expect(kiosk.ok && (kiosk.value as CheckInOptions).customer).toEqual({ id: first, name: 'Walk1 I.' });
  expect(desk.ok && (desk.value as CheckInOptions).customer).toEqual({ id: first, name: 'Walk1 In' });
}, 60_000);
