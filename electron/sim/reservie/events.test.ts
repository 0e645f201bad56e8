// Contract tests (plain Node, real HTTP): v1 events (§7 [A] shape): list, create, read, update,
// delete; spacesAvailable computed from the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, NO_LIMIT, reservieToken, TEST_START, type Api, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';

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

const EVENT_KEYS = [
  'capacity',
  'createdAt',
  'currency',
  'description',
  'durationMinutes',
  'id',
  'name',
  'price',
  'spacesAvailable',
  'startsAt',
  'updatedAt',
  'waitingListEnabled',
];

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

describe('events', () => {
  it('lists events in the [A] shape with UTC Z start times', async () => {
    const res = await v1.get<{ events: EventJson[] }>('/events');
    const e = res.body.events[0];
    expect(Object.keys(e ?? {}).sort()).toEqual(EVENT_KEYS);
    expect(e?.id).toMatch(/^evt_\d+$/);
    expect(e?.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('creates (201), reads, updates and deletes an event', async () => {
    const created = await newEvent(12);
    expect(created).toMatchObject({
      startsAt: '2026-03-04T18:00:00Z',
      capacity: 12,
      spacesAvailable: 12,
      currency: 'GBP',
    });
    expect((await v1.get<EventJson>(`/events/${created.id}`)).body).toEqual(created);
    const updated = await v1.put<EventJson>(`/events/${created.id}`, { capacity: 15, name: 'Renamed' });
    expect(updated.body).toMatchObject({ capacity: 15, spacesAvailable: 15, name: 'Renamed' });
    expect((await v1.del(`/events/${created.id}`)).status).toBe(204);
    expect((await v1.get<V1Error>(`/events/${created.id}`)).body.error.code).toBe('not_found');
  });

  it('refuses an event without startsAt with validation_error naming it', async () => {
    const res = await v1.post<V1Error>('/events', { name: 'X', durationMinutes: 60, capacity: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('startsAt');
  });
});
