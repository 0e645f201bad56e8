import { describe, expect, it } from 'vitest';
import { money } from './money';
import { assertPlan, planReservieSale, planResmarkSale, resolveRef, waitingFor } from './sale-plan';

const newCustomer = { create: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' } };

describe('planReservieSale', () => {
  it('new customer -> customer pass -> pass-paid registration, linked by local id', () => {
    const plan = planReservieSale({
      referenceId: 'fd-1',
      sessionId: 'evt_9',
      customer: newCustomer,
      payment: { kind: 'buyPass', passId: 'pass_4', startDate: '2026-03-03', tender: 'card' },
    });
    expect(plan.steps.map((s) => [s.kind, s.localId, s.referenceId, s.dependsOn])).toEqual([
      ['reservie.customer', 'customer', 'fd-1-customer', []],
      ['reservie.customerPass', 'pass', 'fd-1-pass', ['customer']],
      ['reservie.registration', 'registration', 'fd-1-registration', ['customer', 'pass']],
    ]);
    const reg = plan.steps[2];
    if (reg?.kind !== 'reservie.registration') throw new Error('expected a registration');
    expect(reg.customer).toEqual({ localId: 'customer' });
    expect(reg.payment).toEqual({ method: 'pass', customerPass: { localId: 'pass' } });
    // Waits until both earlier steps have server ids, then resolves to them.
    expect(waitingFor(reg, { customer: 'cust_1' })).toEqual(['pass']);
    expect(waitingFor(reg, { customer: 'cust_1', pass: 'cp_7' })).toEqual([]);
    expect(resolveRef(reg.customer, {})).toBeNull();
    expect(resolveRef(reg.customer, { customer: 'cust_1' })).toBe('cust_1');
  });

  it('an existing customer paying cash is one step with no dependencies; comp is free', () => {
    const plan = planReservieSale({
      referenceId: 'fd-2',
      sessionId: 'evt_9',
      customer: { existingId: 'cust_5' },
      payment: { kind: 'pay', tender: 'comp' },
    });
    expect(plan.steps).toEqual([
      expect.objectContaining({
        kind: 'reservie.registration',
        dependsOn: [],
        customer: { serverId: 'cust_5' },
        payment: { method: 'free' },
        spaces: 1,
        joinWaitingList: false,
      }),
    ]);
  });

  it('assertPlan refuses a reference to a step it does not depend on, or a later step', () => {
    const plan = planReservieSale({
      referenceId: 'fd-3',
      sessionId: 'e',
      customer: newCustomer,
      payment: { kind: 'usePass' },
    });
    const [customer, reg] = plan.steps;
    if (!customer || !reg) throw new Error('expected two steps');
    expect(() => assertPlan({ ...plan, steps: [customer, { ...reg, dependsOn: [] }] })).toThrow(
      /refers to "customer" without depending on it/,
    );
    expect(() => assertPlan({ ...plan, steps: [reg, customer] })).toThrow(/not an earlier step/);
    expect(() => assertPlan({ ...plan, steps: [customer, customer] })).toThrow(/appears twice/);
  });
});

describe('planResmarkSale', () => {
  it('is one order step under the sale referenceId', () => {
    const plan = planResmarkSale({
      referenceId: 'fd-4',
      activityId: 'a1',
      participants: { Adult: 2 },
      customer: { firstName: 'A', lastName: 'B' },
      tender: 'cash',
      memo: 'Walk-up: cash',
      sendConfirmationEmail: false,
      total: money(3998, 'GBP'),
    });
    expect(plan.steps).toEqual([
      expect.objectContaining({ kind: 'resmark.order', referenceId: 'fd-4', dependsOn: [] }),
    ]);
  });
});
