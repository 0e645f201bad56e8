// Simulator (plain Node): /events CRUD (§7). v1 events are single sessions with a UTC `startsAt`
// (§10.3 [A]); spacesAvailable is computed from confirmed registrations on every read.
import { z } from 'zod';
import { isoSeconds } from '../common/dates';
import { json, param, type ApiRequest, type Route } from '../common/router';
import { notFound } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { pageReply, readPaging } from './paging';
import type { ReservieStore } from './store';
import type { SimEvent } from './types';
import { eventView } from './views';

const EventFields = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  startsAt: z.iso.datetime({ offset: true }).transform((s) => isoSeconds(Date.parse(s))),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  capacity: z.number().int().min(0).max(10_000),
  waitingListEnabled: z.boolean(),
  price: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
const EventCreate = EventFields.extend({
  description: EventFields.shape.description.default(''),
  waitingListEnabled: EventFields.shape.waitingListEnabled.default(false),
  price: EventFields.shape.price.default(0),
  currency: EventFields.shape.currency.default('GBP'),
});
const EventUpdate = EventFields.partial();

export function findEvent(store: ReservieStore, req: ApiRequest): SimEvent {
  const event = store.events.get(param(req, 'id'));
  if (!event) throw notFound('Event');
  return event;
}

export function eventRoutes(store: ReservieStore): Route[] {
  const view = (e: SimEvent) => eventView(store, e);
  return [
    {
      method: 'GET',
      pattern: '/events',
      handler: (req) => pageReply('events', store.events.all(), readPaging(req.query), view),
    },
    { method: 'GET', pattern: '/events/:id', handler: (req) => json(200, view(findEvent(store, req))) },
    {
      method: 'POST',
      pattern: '/events',
      handler: (req) => {
        const input = parseBody(EventCreate, req.body);
        const at = isoSeconds(req.now);
        const event = store.events.add({ id: store.nextId('evt'), ...input, createdAt: at, updatedAt: at });
        return json(201, view(event));
      },
    },
    {
      method: 'PUT',
      pattern: '/events/:id',
      handler: (req) => {
        const event = findEvent(store, req);
        Object.assign(event, parseBody(EventUpdate, req.body), { updatedAt: isoSeconds(req.now) });
        return json(200, view(event));
      },
    },
    {
      method: 'DELETE',
      pattern: '/events/:id',
      handler: (req) => {
        store.removeEvent(findEvent(store, req).id);
        return { status: 204 };
      },
    },
  ];
}
