// Contract tests (plain Node, real HTTP): an event's register (GET, v1 seed), the assumed booking
// call (§10.1; §10.6 event_full and waiting list; §10.4–5 pass payment) and the attendance test
// extension (§10.2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, NO_LIMIT, reservieToken, TEST_START, type Api, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';
import type { Customer, CustomerPass, Registration } from './types';

interface EventJson {
  id: string;
  name: string;
  startsAt: string;
  durationMinutes: number;
  capacity: number;
  spacesAvailable: number;
  waitingListEnabled: boolean;
}

let sim: RunningSim;
let v1: Api;
beforeAll(async () => {
  sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  v1 = api(sim.baseUrl, await reservieToken(sim));
});
afterAll(() => sim.close());

let customerCount = 0;
async function newCustomer(): Promise<Customer> {
  customerCount += 1;
  const email = `test.person.${customerCount}@example.com`;
  return (await v1.post<Customer>('/customers', { firstName: 'Test', lastName: 'Person', email })).body;
}

async function newEvent(capacity: number, waitingListEnabled = false): Promise<EventJson> {
  const res = await v1.post<EventJson>('/events', {
    name: 'Test Flow',
    startsAt: '2026-03-04T18:00:00+00:00',
    durationMinutes: 60,
    capacity,
    waitingListEnabled,
    price: 1200,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('registrations', () => {
  it('lists the register of a seeded session in the [A] shape', async () => {
    const events = (await v1.get<{ events: EventJson[] }>('/events?perPage=100&page=2')).body.events;
    const today = events.find((e) => e.startsAt.startsWith('2026-03-04'));
    const res = await v1.get<{ registrations: Registration[]; total: number }>(
      `/events/${today?.id}/registrations`,
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(Object.keys(res.body.registrations[0] ?? {}).sort()).toEqual(
      [
        'attended',
        'createdAt',
        'customerId',
        'customerPassId',
        'eventId',
        'id',
        'paymentMethod',
        'spaces',
        'status',
      ].sort(),
    );
    expect(res.body.registrations[0]?.id).toMatch(/^reg_\d+$/);
  });

  it('books places (201), lowering spacesAvailable, then refuses with 409 event_full', async () => {
    const event = await newEvent(3);
    const customer = await newCustomer();
    const booked = await v1.post<Registration>(`/events/${event.id}/registrations`, {
      customerId: customer.id,
      spaces: 2,
      paymentMethod: 'cash',
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      eventId: event.id,
      customerId: customer.id,
      spaces: 2,
      status: 'confirmed',
      paymentMethod: 'cash',
      customerPassId: null,
      attended: null,
    });
    expect((await v1.get<EventJson>(`/events/${event.id}`)).body.spacesAvailable).toBe(1);
    const full = await v1.post<V1Error>(`/events/${event.id}/registrations`, {
      customerId: customer.id,
      spaces: 2,
      paymentMethod: 'card',
    });
    expect(full.status).toBe(409);
    expect(full.body.error).toMatchObject({ code: 'event_full', details: { spacesAvailable: 1 } });
  });

  it('puts a booking on the waiting list when asked and enabled, without taking a space', async () => {
    const event = await newEvent(1, true);
    const customer = await newCustomer();
    const book = (joinWaitingList: boolean) =>
      v1.post<Registration>(`/events/${event.id}/registrations`, {
        customerId: customer.id,
        paymentMethod: 'card',
        joinWaitingList,
      });
    expect((await book(false)).body.status).toBe('confirmed');
    expect((await book(false)).status).toBe(409);
    const waiting = await book(true);
    expect(waiting.status).toBe(201);
    expect(waiting.body.status).toBe('waitlisted');
    expect((await v1.get<EventJson>(`/events/${event.id}`)).body.spacesAvailable).toBe(0);
    const register = await v1.get<{ registrations: Registration[] }>(`/events/${event.id}/registrations`);
    expect(register.body.registrations.map((r) => r.status)).toEqual(['confirmed', 'waitlisted']);
  });

  it('spends a pass use on a pass-paid booking, choosing the soonest-expiring usable pass', async () => {
    const event = await newEvent(10);
    const customer = await newCustomer();
    const assign = (passId: string, startDate: string) =>
      v1.post<CustomerPass>('/customer-passes', { customerId: customer.id, passId, startDate });
    const later = (await assign('pass_4', '2026-03-01')).body; // 10 classes, 3 months
    const sooner = (await assign('pass_3', '2026-02-01')).body; // 5 classes, 2 months
    const reg = await v1.post<Registration>(`/events/${event.id}/registrations`, {
      customerId: customer.id,
      paymentMethod: 'pass',
    });
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({ paymentMethod: 'pass', customerPassId: sooner.id });
    expect((await v1.get<CustomerPass>(`/customer-passes/${sooner.id}`)).body.remainingUses).toBe(4);
    const named = await v1.post<Registration>(`/events/${event.id}/registrations`, {
      customerId: customer.id,
      paymentMethod: 'pass',
      customerPassId: later.id,
      spaces: 2,
    });
    expect(named.body.customerPassId).toBe(later.id);
    expect((await v1.get<CustomerPass>(`/customer-passes/${later.id}`)).body.remainingUses).toBe(8);
  });

  it('refuses pass payment without a usable pass, and unknown customers, naming the field', async () => {
    const event = await newEvent(10);
    const customer = await newCustomer();
    const noPass = await v1.post<V1Error>(`/events/${event.id}/registrations`, {
      customerId: customer.id,
      paymentMethod: 'pass',
    });
    expect(noPass.status).toBe(400);
    expect(noPass.body.error.details.field).toBe('customerPassId');
    const unknown = await v1.post<V1Error>(`/events/${event.id}/registrations`, {
      customerId: 'cust_0',
      paymentMethod: 'cash',
    });
    expect(unknown.body.error.details.field).toBe('customerId');
    const missing = await v1.post<V1Error>(`/events/${event.id}/registrations`, { customerId: customer.id });
    expect(missing.body.error.details.field).toBe('paymentMethod');
    expect((await v1.post<V1Error>('/events/evt_0/registrations', {})).status).toBe(404);
  });

  it('marks attendance through PATCH /_sim/registrations/:id', async () => {
    const event = await newEvent(5);
    const customer = await newCustomer();
    const reg = await v1.post<Registration>(`/events/${event.id}/registrations`, {
      customerId: customer.id,
      paymentMethod: 'free',
    });
    const marked = await api(`${sim.origin}/_sim`).patch<Registration>(`/registrations/${reg.body.id}`, {
      attended: true,
    });
    expect(marked.status).toBe(200);
    expect(marked.body.attended).toBe(true);
    const register = await v1.get<{ registrations: Registration[] }>(`/events/${event.id}/registrations`);
    expect(register.body.registrations[0]?.attended).toBe(true);
    expect((await api(`${sim.origin}/_sim`).patch('/registrations/reg_0', { attended: true })).status).toBe(
      404,
    );
  });
});
