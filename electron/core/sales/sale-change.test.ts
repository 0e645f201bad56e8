// Unit (pure): change and retry for a refused sale step: another slot of the same product for a
// Resmark order, another of the customer's passes for a pass-paid Reservie registration. The
// step's referenceId never changes, so the back end still makes it once.
import { describe, expect, it } from 'vitest';
import { money } from './money';
import { changePass, changeSlot, seatsShort } from './sale-change';
import type { SaleHeader } from './sale-header';
import type { SaleStepPayload } from './sale-kinds';
import { planReservieSale, planResmarkSale } from './sale-plan';
import type { CachedSlot } from './sales-reads';

const slot = (over: Partial<CachedSlot>): CachedSlot => ({
  activityId: 'act_1',
  productId: 'prod_1',
  startTime: '2026-12-03T10:00:00',
  endTime: '2026-12-03T11:00:00',
  prices: { Adult: 20, Child: 12.5 },
  tiersAvailable: { Adult: 10, Child: 10 },
  productName: 'Harbour Tour',
  ...over,
});

const header = (over: Partial<SaleHeader> = {}): SaleHeader => ({
  referenceId: 'fd-abc123',
  backend: 'resmark',
  tender: 'cash',
  total: { minor: 5250, currency: 'GBP' },
  places: 3,
  participants: { Adult: 2, Child: 1 },
  target: 'act_1',
  what: 'Harbour Tour, 2026-12-03T10:00:00',
  customer: { firstName: 'Ann', lastName: 'Lee', email: null },
  steps: { order: 'fd-abc123' },
  provisional: true,
  ...over,
});

function order(cartId?: string): SaleStepPayload {
  const plan = planResmarkSale({
    referenceId: 'fd-abc123',
    activityId: 'act_1',
    participants: { Adult: 2, Child: 1 },
    customer: { firstName: 'Ann', lastName: 'Lee' },
    tender: 'cash',
    memo: 'Walk-up: cash',
    sendConfirmationEmail: false,
    total: money(5250, 'GBP'),
    ...(cartId ? { cartId } : {}),
  });
  return { sale: header(), step: plan.steps[0]! };
}

const words = (iso: string) => iso.slice(11, 16);

describe('changeSlot', () => {
  it('moves the order to another slot of the product: new total, old cart dropped, same referenceId', () => {
    const later = slot({
      activityId: 'act_2',
      startTime: '2026-12-03T14:00:00',
      prices: { Adult: 25, Child: 15 },
    });
    const change = changeSlot(order('cart_old'), slot({}), later, 'GBP', words);
    if (!change.ok) throw new Error(change.message);
    expect(change.label).toBe('moved to 14:00');
    const step = change.payload.step;
    if (step.kind !== 'resmark.order') throw new Error('expected an order');
    expect(step.referenceId).toBe('fd-abc123');
    expect(step.activityId).toBe('act_2');
    expect(step.cartId).toBeUndefined();
    expect(step.total).toEqual({ minor: 6500, currency: 'GBP' });
    expect(change.payload.sale).toMatchObject({
      referenceId: 'fd-abc123',
      target: 'act_2',
      what: 'Harbour Tour, 2026-12-03T14:00:00',
      total: { minor: 6500, currency: 'GBP' },
      steps: { order: 'fd-abc123' },
    });
  });

  it('refuses the slot that was refused, another product, a slot not in the cache', () => {
    const refuse = (target: CachedSlot | null) => changeSlot(order(), slot({}), target, 'GBP', words);
    expect(refuse(slot({}))).toEqual({
      ok: false,
      message: expect.stringMatching(/the slot Resmark refused/),
    });
    expect(refuse(slot({ activityId: 'act_9', productId: 'prod_2' }))).toEqual({
      ok: false,
      message: expect.stringMatching(/same tour/),
    });
    expect(refuse(null)).toEqual({ ok: false, message: expect.stringMatching(/not in the offline copy/) });
  });

  it('refuses a slot without the sale’s price tiers, or with too few places in the saved copy', () => {
    const noChild = slot({ activityId: 'act_3', prices: { Adult: 20 }, tiersAvailable: { Adult: 9 } });
    expect(changeSlot(order(), slot({}), noChild, 'GBP', words)).toEqual({
      ok: false,
      message: expect.stringMatching(/"Child" is not a price tier/),
    });
    const full = slot({ activityId: 'act_4', tiersAvailable: { Adult: 1, Child: 5 } });
    expect(changeSlot(order(), slot({}), full, 'GBP', words)).toEqual({
      ok: false,
      message: 'That slot cannot take this sale: only 1 Adult places are left for 2.',
    });
  });

  it('refuses a step that is not a Resmark order', () => {
    const reg = registration({ serverId: 'cp_1' });
    expect(changeSlot(reg, null, slot({ activityId: 'act_2' }), 'GBP', words).ok).toBe(false);
  });
});

describe('seatsShort', () => {
  it('reads one shared pool or each tier', () => {
    expect(seatsShort({ '*': 3 }, { Adult: 2, Child: 1 })).toBeNull();
    expect(seatsShort({ '*': 2 }, { Adult: 2, Child: 1 })).toBe('only 2 places are left for 3');
    expect(seatsShort({ Adult: 2 }, { Adult: 2, Child: 1 })).toBe('only 0 Child places are left for 1');
  });
});

function registration(pass: { serverId: string } | null, newCustomer = false): SaleStepPayload {
  const plan = planReservieSale({
    referenceId: 'fd-res123',
    sessionId: 'evt_1',
    customer: newCustomer
      ? { create: { firstName: 'Bo', lastName: 'Kim', email: 'bo@example.com' } }
      : { existingId: 'cus_1' },
    payment: pass ? { kind: 'usePass', customerPassId: pass.serverId } : { kind: 'pay', tender: 'cash' },
  });
  const step = plan.steps.find((s) => s.kind === 'reservie.registration')!;
  return { sale: header({ backend: 'reservie', tender: pass ? 'pass' : 'cash' }), step };
}

describe('changePass', () => {
  const canPay = (_c: string, cp: string) =>
    cp === 'cp_2'
      ? ({ ok: true, passName: '5-Class Pass' } as const)
      : ({ ok: false, message: 'no uses left' } as const);

  it('pays the registration with another of the customer’s passes, under the same referenceId', () => {
    const change = changePass(registration({ serverId: 'cp_1' }), 'cp_2', canPay);
    if (!change.ok) throw new Error(change.message);
    expect(change.label).toBe('with 5-Class Pass');
    expect(change.payload.step).toMatchObject({
      kind: 'reservie.registration',
      referenceId: 'fd-res123-registration',
      customer: { serverId: 'cus_1' },
      payment: { method: 'pass', customerPass: { serverId: 'cp_2' } },
    });
  });

  it('refuses the refused pass, a pass that cannot pay, a sale not paid by pass, an order', () => {
    expect(changePass(registration({ serverId: 'cp_1' }), 'cp_1', canPay)).toEqual({
      ok: false,
      message: expect.stringMatching(/the pass Reservie refused/),
    });
    expect(changePass(registration({ serverId: 'cp_1' }), 'cp_3', canPay)).toEqual({
      ok: false,
      message: 'That pass cannot pay: no uses left.',
    });
    expect(changePass(registration(null), 'cp_2', canPay).ok).toBe(false);
    expect(changePass(order(), 'cp_2', canPay).ok).toBe(false);
  });
});
