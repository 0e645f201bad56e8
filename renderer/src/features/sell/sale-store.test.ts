// Unit (Node): the shared checkout sends staff's tender with one referenceId per sale — the same
// one when a refused tap is retried, a new one after reset — and keeps the receipt or the refusal.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/result';
import type { SaleReceipt, SaleRequest } from '../../../../shared/domain/sales';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { createSaleStore, newReferenceId, type SaleDraft } from './sale-store';

const DRAFT: SaleDraft = {
  backend: 'resmark',
  activityId: 'act_1',
  participants: { Adult: 2 },
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  sendConfirmationEmail: true,
  holdId: 'hold-1',
};

const receiptFor = (request: SaleRequest): SaleReceipt => ({
  referenceId: request.referenceId ?? 'missing',
  backend: 'resmark',
  state: 'sent',
  confirmation: 'RM-1001',
  serverIds: { order: 'ord_1' },
  tender: request.backend === 'resmark' ? request.tender : 'pass',
  total: { minor: 5000, currency: 'GBP', formatted: '£50.00' },
  places: 2,
  what: 'Harbour tour',
  customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  createdAt: '2026-12-01T10:00:00Z',
  problem: null,
  provisional: false,
});

function rig(answers: ((request: SaleRequest) => Result<SaleReceipt>)[]) {
  const sent: SaleRequest[] = [];
  const base = createFakeApi();
  const api: Api = {
    ...base,
    sales: {
      ...base.sales,
      sell: (request) => {
        sent.push(request);
        const answer = answers.shift() ?? ((r: SaleRequest) => ({ ok: true, value: receiptFor(r) }));
        return Promise.resolve(answer(request));
      },
    },
  };
  let n = 0;
  const store = createSaleStore(api, () => `ref-test-${++n}`);
  return { store, sent };
}

const SOLD_OUT: AppError = { code: 'CONFLICT', message: 'Only 1 seat is left.' };

describe('sale store', () => {
  it('sends nothing for a Resmark sale until a tender is picked', async () => {
    const { store, sent } = rig([]);
    expect(await store.getState().submit(DRAFT)).toBeNull();
    expect(sent).toHaveLength(0);
  });

  it('sends the draft with the tender and a referenceId, and keeps the receipt', async () => {
    const { store, sent } = rig([]);
    store.getState().pickTender('card');
    const receipt = await store.getState().submit(DRAFT);
    expect(sent).toEqual([{ ...DRAFT, tender: 'card', referenceId: 'ref-test-1' }]);
    expect(receipt?.confirmation).toBe('RM-1001');
    expect(store.getState()).toMatchObject({ submitting: false, error: null, receipt });
  });

  it('keeps the refusal and retries with the same referenceId, so the core sells once', async () => {
    const { store, sent } = rig([() => ({ ok: false, error: SOLD_OUT })]);
    store.getState().pickTender('cash');
    expect(await store.getState().submit(DRAFT)).toBeNull();
    expect(store.getState().error).toEqual(SOLD_OUT);
    await store.getState().submit(DRAFT);
    expect(sent.map((r) => r.referenceId)).toEqual(['ref-test-1', 'ref-test-1']);
    expect(store.getState().error).toBeNull();
  });

  it('does not send a second time once the sale has its receipt', async () => {
    const { store, sent } = rig([]);
    store.getState().pickTender('comp');
    await store.getState().submit(DRAFT);
    await store.getState().submit(DRAFT);
    expect(sent).toHaveLength(1);
  });

  it('starts the next sale clean, with a new referenceId', async () => {
    const { store, sent } = rig([]);
    store.getState().pickTender('cash');
    await store.getState().submit(DRAFT);
    store.getState().reset();
    expect(store.getState()).toMatchObject({ tender: null, receipt: null, referenceId: null });
    store.getState().pickTender('cash');
    await store.getState().submit(DRAFT);
    expect(sent.map((r) => r.referenceId)).toEqual(['ref-test-1', 'ref-test-2']);
  });

  it('sends a Reservie draft as it is (its tender is inside its payment)', async () => {
    const { store, sent } = rig([]);
    await store.getState().submit({
      backend: 'reservie',
      sessionId: 'evt_1',
      email: 'ada@example.com',
      payment: { kind: 'pay', tender: 'card' },
      joinWaitingList: false,
    });
    expect(sent[0]).toMatchObject({ backend: 'reservie', referenceId: 'ref-test-1' });
    expect(sent[0]).not.toHaveProperty('tender');
  });

  it('makes referenceIds the contract accepts', () => {
    expect(newReferenceId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{5,63}$/);
  });
});
