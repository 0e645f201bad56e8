// Unit (Node): the Reservie sale form's store — a wrong e-mail is said and nothing is looked up;
// the answer for an e-mail staff have since changed is dropped; a known customer with a pass
// starts on "use a pass", a new one on paying; another session reads its options again.
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../../shared/ipc/contract';
import type { Result } from '../../../../../shared/ipc/result';
import type { ReservieOptionsQuery, ReservieSaleOptions } from '../../../../../shared/domain/sales';
import { createFakeApi } from '../../../../../test/fakes/fake-api';
import { createReservieSaleStore } from './reservie-sale-store';

const optionsFor = (q: ReservieOptionsQuery): ReservieSaleOptions => ({
  session: {
    id: q.sessionId,
    name: 'Morning Flow',
    startsAt: '2026-12-01T10:00:00Z',
    spacesAvailable: 3,
    full: false,
    waitingList: false,
    price: null,
  },
  customer: q.email?.startsWith('known')
    ? { id: 'c1', firstName: 'Kim', lastName: 'Known', email: q.email, foundIn: 'cache' }
    : null,
  checkedLive: true,
  passes: q.email?.startsWith('known')
    ? [{ id: 'cp_1', passName: '10-Class Pass', remainingUses: 4, expiryDate: null }]
    : [],
  passTypes: [{ id: 'pass_1', name: '5-Class Pass', credits: 5, price: null }],
});

/** A fake whose answers wait until the test releases them, in any order. */
function rig() {
  const asked: ReservieOptionsQuery[] = [];
  const pending: (() => void)[] = [];
  const base = createFakeApi();
  const api: Api = {
    ...base,
    sales: {
      ...base.sales,
      reservieOptions: (q) => {
        asked.push(q);
        return new Promise<Result<ReservieSaleOptions>>((resolve) =>
          pending.push(() => resolve({ ok: true, value: optionsFor(q) })),
        );
      },
    },
  };
  return { store: createReservieSaleStore(api), asked, release: (i: number) => pending[i]!() };
}

describe('Reservie sale store', () => {
  it('says a wrong e-mail and asks nothing', async () => {
    const { store, asked } = rig();
    store.getState().start('evt_1');
    store.getState().setEmail('not-an-address');
    expect(await store.getState().findCustomer()).toBe(false);
    expect(store.getState().problems).toEqual([{ field: 'email', code: 'invalid' }]);
    expect(asked).toEqual([]);
    // Typing again clears the message.
    store.getState().setEmail('new@example.com');
    expect(store.getState().problems).toEqual([]);
  });

  it('a known customer with a pass starts on using it; a new one on paying', async () => {
    const { store, release } = rig();
    store.getState().start('evt_1');
    store.getState().setEmail(' known@example.com ');
    const found = store.getState().findCustomer();
    release(0);
    await found;
    expect(store.getState()).toMatchObject({
      phase: 'ready',
      lookedUp: 'known@example.com',
      kind: 'usePass',
      customerPassId: 'cp_1',
      passId: 'pass_1',
    });
    store.getState().setEmail('new@example.com');
    // Another e-mail: what was found no longer holds until it is looked up.
    expect(store.getState()).toMatchObject({ phase: 'idle', options: null, kind: null });
    const again = store.getState().findCustomer();
    release(1);
    await again;
    expect(store.getState()).toMatchObject({ kind: 'pay', options: { customer: null } });
  });

  it('drops the answer for an e-mail staff changed while it was on its way', async () => {
    const { store, release } = rig();
    store.getState().start('evt_1');
    store.getState().setEmail('known@example.com');
    const first = store.getState().findCustomer();
    store.getState().setEmail('new@example.com');
    const second = store.getState().findCustomer();
    release(1);
    await second;
    release(0);
    await first;
    expect(store.getState().lookedUp).toBe('new@example.com');
    expect(store.getState().options?.customer).toBeNull();
  });

  it('another session reads its options again for the same e-mail', async () => {
    const { store, asked, release } = rig();
    store.getState().start('evt_1');
    store.getState().setEmail('known@example.com');
    const first = store.getState().findCustomer();
    release(0);
    await first;
    store.getState().chooseSession('evt_2');
    expect(store.getState()).toMatchObject({ sessionId: 'evt_2', phase: 'loading', options: null });
    release(1);
    await vi.waitFor(() => expect(store.getState().options?.session.id).toBe('evt_2'), { timeout: 10_000 });
    expect(asked.map((q) => q.sessionId)).toEqual(['evt_1', 'evt_2']);
  });
});
