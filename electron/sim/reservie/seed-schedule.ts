// Simulator (plain Node): the studio timetable (40 sessions a week, London wall-clock times) for
// the past four weeks and the next four, each with a register: regulars, pass holders, some full
// sessions with a waiting list, attendance marked on past days.
import { addDays, DAY_MS, isoSeconds, parseDay, zonedTime } from '../common/dates';
import type { Prng } from '../common/prng';
import type { ReservieStore } from './store';
import type { CustomerPass, PaymentMethod, SimEvent } from './types';
import { passStatus, venueTimeZone } from './views';
import { TIMETABLE, type ClassDef } from './timetable';

const WEEKS_BACK = 4;
const WEEKS_AHEAD = 4;

export function seedSchedule(store: ReservieStore, rng: Prng, today: string): void {
  const first = addDays(today, -WEEKS_BACK * 7);
  const createdAt = isoSeconds((parseDay(first) ?? 0) - 14 * DAY_MS + 9 * 3_600_000);
  const holders = activePasses(store, today);
  const zone = venueTimeZone();
  for (let d = 0; d < (WEEKS_BACK + WEEKS_AHEAD) * 7; d++) {
    const day = addDays(first, d);
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    for (const slot of TIMETABLE.filter((s) => s.weekday === weekday)) {
      const [h, m] = slot.time.split(':').map(Number) as [number, number];
      const startMs = zonedTime(day, h, m, zone);
      const event = store.events.add(makeEvent(store, slot.def, startMs, createdAt));
      seedRegister(store, rng, event, { day, today, holders });
    }
  }
}

function makeEvent(store: ReservieStore, def: ClassDef, startMs: number, createdAt: string): SimEvent {
  return {
    id: store.nextId('evt'),
    name: def.name,
    description: def.description,
    startsAt: isoSeconds(startMs),
    durationMinutes: def.minutes,
    capacity: def.capacity,
    waitingListEnabled: def.waitingList,
    price: def.price,
    currency: 'GBP',
    createdAt,
    updatedAt: createdAt,
  };
}

interface RegisterContext {
  day: string;
  today: string;
  /** Usable passes, spent down as pass-paid places are booked. */
  holders: CustomerPass[];
}

function seedRegister(store: ReservieStore, rng: Prng, event: SimEvent, ctx: RegisterContext): void {
  const customers = store.customers.all();
  if (customers.length === 0) return;
  const full = rng.chance(0.15);
  const target = full ? event.capacity : Math.round(event.capacity * (0.3 + rng.next() * 0.6));
  const startMs = Date.parse(event.startsAt);
  const bookedMs = () => Math.min(startMs, parseDay(ctx.today) ?? 0) - rng.int(1, 14 * 24) * 3_600_000;
  const add = (
    customerId: string,
    spaces: number,
    status: 'confirmed' | 'waitlisted' | 'cancelled',
    pay: Payment,
  ) =>
    store.addRegistration({
      id: store.nextId('reg'),
      eventId: event.id,
      customerId,
      spaces,
      status,
      paymentMethod: pay.method,
      customerPassId: pay.customerPassId,
      attended: status === 'confirmed' && ctx.day < ctx.today ? rng.chance(0.87) : null,
      createdAt: isoSeconds(bookedMs()),
    });
  for (let taken = 0; taken < target;) {
    const spaces = target - taken >= 2 && rng.chance(0.08) ? 2 : 1;
    const pay = payment(rng, ctx, spaces);
    add(pay.customerId ?? rng.pick(customers).id, spaces, 'confirmed', pay);
    taken += spaces;
  }
  if (full && event.waitingListEnabled) {
    for (let i = rng.int(0, 2); i > 0; i--) add(rng.pick(customers).id, 1, 'waitlisted', cardPayment());
  }
  if (rng.chance(0.1)) add(rng.pick(customers).id, 1, 'cancelled', cardPayment());
}

interface Payment {
  method: PaymentMethod;
  customerPassId: string | null;
  customerId: string | null;
}

const cardPayment = (): Payment => ({ method: 'card', customerPassId: null, customerId: null });

/** Near today about 40% of places are paid by pass (spending a use); the rest by card, cash or free. */
function payment(rng: Prng, ctx: RegisterContext, spaces: number): Payment {
  // Pass use is seeded around today only, so the holders' balances stay believable.
  const nearToday = Math.abs((parseDay(ctx.day) ?? 0) - (parseDay(ctx.today) ?? 0)) <= 7 * DAY_MS;
  if (nearToday && ctx.holders.length > 0 && rng.chance(0.4)) {
    const i = rng.int(0, ctx.holders.length - 1);
    const cp = ctx.holders[i] as CustomerPass;
    // A pass pays only for sessions on or after the day it started.
    if (cp.remainingUses >= spaces && cp.startDate <= ctx.day) {
      cp.remainingUses -= spaces;
      if (passStatus(cp, ctx.today) !== 'active') ctx.holders.splice(i, 1);
      return { method: 'pass', customerPassId: cp.id, customerId: cp.customerId };
    }
  }
  const method = rng.pick<PaymentMethod>(['card', 'card', 'card', 'cash', 'free']);
  return { method, customerPassId: null, customerId: null };
}

function activePasses(store: ReservieStore, today: string): CustomerPass[] {
  return store.customerPasses
    .all()
    .filter((cp) => passStatus(cp, today) === 'active' && cp.startDate <= today);
}
