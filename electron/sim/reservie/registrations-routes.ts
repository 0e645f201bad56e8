// Simulator (plain Node): an event's register. GET is in the v1 seed; POST is the §10.1 [A]
// booking call: 409 event_full when the spaces are not there (§10.6), a waiting-list place when
// asked for and enabled, and a pass use spent when paid by pass (§10.4, §10.5).
import { z } from 'zod';
import { isoSeconds } from '../common/dates';
import { json, param, type ApiRequest, type Route } from '../common/router';
import { invalid, notFound, SimError } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { findEvent } from './events-routes';
import { pageReply, readPaging } from './paging';
import { choosePass } from './pass-rules';
import type { ReservieStore } from './store';
import type { Registration, SimEvent } from './types';
import { apiDay } from './views';

const RegistrationCreate = z.object({
  customerId: z.string().min(1),
  spaces: z.number().int().min(1).max(100).default(1),
  paymentMethod: z.enum(['card', 'cash', 'pass', 'free']),
  customerPassId: z.string().min(1).nullish(),
  // v1 events are single sessions (§10.3), so a dateId is accepted and not needed.
  dateId: z.string().nullish(),
  joinWaitingList: z.boolean().default(false),
});
type RegistrationInput = z.output<typeof RegistrationCreate>;

export function registrationRoutes(store: ReservieStore): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/events/:id/registrations',
      handler: (req) =>
        pageReply(
          'registrations',
          store.registrationsOf(findEvent(store, req).id),
          readPaging(req.query),
          (r) => r,
        ),
    },
    {
      method: 'POST',
      pattern: '/events/:id/registrations',
      handler: (req) => json(201, register(store, findEvent(store, req), req)),
    },
  ];
}

/** Test extension (§10.2 [A]): marks attendance, which no v1 call can write. */
export function registrationSimRoutes(store: ReservieStore): Route[] {
  const Attendance = z.object({ attended: z.boolean().nullable() });
  return [
    {
      method: 'PATCH',
      pattern: '/registrations/:id',
      handler: (req) => {
        const registration = store.registrations.get(param(req, 'id'));
        if (!registration) throw notFound('Registration');
        registration.attended = parseBody(Attendance, req.body).attended;
        return json(200, registration);
      },
    },
  ];
}

function register(store: ReservieStore, event: SimEvent, req: ApiRequest): Registration {
  const input = parseBody(RegistrationCreate, req.body);
  if (!store.customers.get(input.customerId)) throw invalid('customerId', 'no such customer');
  const free = Math.max(0, event.capacity - store.confirmedSpaces(event.id));
  if (input.spaces > free) {
    if (input.joinWaitingList && event.waitingListEnabled) return waitlist(store, event, input, req.now);
    throw new SimError(409, 'event_full', 'Not enough spaces left on this event', {
      spacesAvailable: free,
      spacesRequested: input.spaces,
      waitingListEnabled: event.waitingListEnabled,
    });
  }
  let customerPassId: string | null = null;
  if (input.paymentMethod === 'pass') {
    const cp = choosePass(store, input.customerId, input.customerPassId, input.spaces, apiDay(req.now));
    cp.remainingUses -= input.spaces;
    cp.updatedAt = isoSeconds(req.now);
    customerPassId = cp.id;
  }
  return store.addRegistration(make(store, event, input, req.now, 'confirmed', customerPassId));
}

/** A waiting-list place holds no space and spends no pass use until staff confirm it. */
function waitlist(
  store: ReservieStore,
  event: SimEvent,
  input: RegistrationInput,
  now: number,
): Registration {
  return store.addRegistration(make(store, event, input, now, 'waitlisted', null));
}

function make(
  store: ReservieStore,
  event: SimEvent,
  input: RegistrationInput,
  now: number,
  status: Registration['status'],
  customerPassId: string | null,
): Registration {
  return {
    id: store.nextId('reg'),
    eventId: event.id,
    customerId: input.customerId,
    spaces: input.spaces,
    status,
    paymentMethod: input.paymentMethod,
    customerPassId,
    attended: null,
    createdAt: isoSeconds(now),
  };
}
