// Core tests (plain Node, a real outbox file): a sale goes into the queue whole or not at all. A
// full disk part-way through (SQLite's own page limit, the same SQLITE_FULL a full disk gives)
// leaves no step behind and says plainly that nothing was saved (D6); after a kill the file holds
// either the whole sale or none of it, and capturing it again is a no-op.
import { afterEach, describe, expect, it } from 'vitest';
import { openOutbox, type OutboxHandle } from '../store/outbox-handle';
import { tempDir } from '../../../test/support/sync-harness';
import { CoreError } from '../../../shared/ipc/core-error';
import { captureSale } from './sale-capture';
import { planReservieSale } from './sale-plan';
import type { SaleHeader } from './sale-header';

const account = {
  mode: 'live',
  backend: 'reservie',
  baseUrl: 'http://venue.test',
  credentialId: 'k1',
} as const;
const handles: OutboxHandle[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.close();
});

function sale(referenceId: string) {
  const plan = planReservieSale({
    referenceId,
    sessionId: 'evt_1',
    customer: { create: { firstName: 'New', lastName: 'Comer', email: `${referenceId}@example.com` } },
    payment: { kind: 'buyPass', passId: 'pass_1', startDate: '2026-12-01', tender: 'card' },
  });
  const header: SaleHeader = {
    referenceId,
    backend: 'reservie',
    tender: 'card',
    total: { minor: 5000, currency: 'GBP' },
    places: 1,
    participants: { '*': 1 },
    target: 'evt_1',
    what: 'Morning Flow',
    customer: { firstName: 'New', lastName: 'Comer', email: `${referenceId}@example.com` },
    steps: Object.fromEntries(plan.steps.map((s) => [s.localId, s.referenceId])),
    provisional: true,
  };
  return { plan, header };
}

describe('captureSale', () => {
  it('stores every step with its dependencies in one go, and a second capture of the same sale adds nothing', () => {
    const h = openOutbox(tempDir(), 'live');
    handles.push(h);
    const { plan, header } = sale('fd-capture-1');
    captureSale(h.db, h.store, account, plan, header);
    captureSale(h.db, h.store, account, plan, header);
    expect(h.store.listAll().map((i) => [i.kind, i.referenceId, i.dependsOn])).toEqual([
      ['reservie.customer', 'fd-capture-1-customer', []],
      ['reservie.customerPass', 'fd-capture-1-pass', ['fd-capture-1-customer']],
      ['reservie.registration', 'fd-capture-1-registration', ['fd-capture-1-customer', 'fd-capture-1-pass']],
    ]);
  });

  it('disk full part-way: a clear DATABASE error, no false "saved", and not one step left behind (D6)', () => {
    // Room for two pages more: as on a nearly full disk. A long name makes each step need pages of
    // its own, so the limit is reached part-way through the sale, not at its first step.
    const nearlyFull = () => {
      const h = openOutbox(tempDir(), 'live');
      handles.push(h);
      const pages = h.db.pragma('page_count', { simple: true }) as number;
      h.db.pragma(`max_page_count = ${pages + 2}`);
      return h;
    };
    const big = sale('fd-full');
    const header = { ...big.header, what: 'x'.repeat(6000) };
    // The control: on the same room, the sale's first step alone fits.
    const control = nearlyFull();
    const firstStep = big.plan.steps[0]!;
    control.store.enqueue({
      kind: firstStep.kind,
      account,
      referenceId: firstStep.referenceId,
      payload: { sale: header, step: firstStep },
    });
    expect(control.store.listAll()).toHaveLength(1);

    const h = nearlyFull();
    let thrown: unknown;
    try {
      captureSale(h.db, h.store, account, big.plan, header);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CoreError);
    expect(thrown).toMatchObject({ code: 'DATABASE', message: expect.stringMatching(/NOT saved/) });
    expect(h.store.listAll()).toEqual([]);
    expect(h.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Space again: the same sale saves whole.
    h.db.pragma('max_page_count = 1073741823');
    captureSale(h.db, h.store, account, big.plan, header);
    expect(h.store.listAll()).toHaveLength(3);
  });
});
