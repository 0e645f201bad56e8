// Simulator (plain Node): past bookings: orders for the last week, a busy today and the coming
// week, all placed before today (so every seeded day is already in the reports), some modified
// later. Seats they hold are taken from the slots.
import { addDays, DAY_MS, parseDay } from '../common/dates';
import { FIRST_NAMES, LAST_NAMES, MAIL_DOMAINS, mailPart, UK_PHONE_PREFIXES } from '../common/names';
import type { Prng } from '../common/prng';
import { canSeat, priceOf, takeSeats } from './seats';
import type { ResmarkStore } from './store';
import type { Order, Person, Slot, TierCounts } from './types';

type Draft = Omit<Order, 'id' | 'confirmation'> & { modifiedLater: boolean };

/** Orders per day, by offset from today. */
const perDay = (offset: number): number => (offset === 0 ? 28 : offset < 0 ? 10 : 6);

export function seedOrders(store: ResmarkStore, rng: Prng, today: string): void {
  const todayStart = parseDay(today) ?? 0;
  const drafts: Draft[] = [];
  for (let offset = -7; offset <= 7; offset++) {
    const day = addDays(today, offset);
    for (let n = 0; n < perDay(offset); n++) {
      const draft = draftOrder(store, rng, day, todayStart);
      if (draft) drafts.push(draft);
    }
  }
  // Insert in creation order so ids (which encode time) sort the way the orders were placed.
  drafts.sort((a, b) => a.createdMs - b.createdMs);
  for (const { modifiedLater, ...draft } of drafts) {
    const order = store.addOrder({ ...draft, modifiedMs: draft.createdMs });
    if (modifiedLater) {
      store.markModified(order, Math.min(todayStart - 60_000, draft.createdMs + rng.int(1, 36) * 3_600_000));
    }
  }
}

function draftOrder(store: ResmarkStore, rng: Prng, day: string, todayStart: number): Draft | null {
  const product = rng.pick(store.products.all());
  const slot: Slot | undefined = rng.pick(store.slotsByProduct.get(product.id)?.get(day) ?? [undefined]);
  if (!slot) return null;
  const participants = party(rng, product.prices);
  if (!canSeat(slot, participants)) return null;
  takeSeats(slot, participants);
  const total = priceOf(product.prices, participants);
  // Booked up to ten days ahead, always before today began.
  const createdMs =
    Math.min(slot.startMs, todayStart) - rng.int(1, 240) * 3_600_000 - rng.int(0, 3599) * 1000;
  const web = rng.chance(0.6);
  return {
    createdMs,
    modifiedMs: createdMs,
    createdBy: web ? 'Online Booking' : 'Box Office',
    createdByEmail: web ? 'bookings@example.co.uk' : 'boxoffice@example.co.uk',
    payments: [
      {
        at: createdMs,
        amount: total,
        referenceId: web ? `WEB-${rng.int(100_000, 999_999)}` : null,
        billing: { memo: web ? 'Paid online' : rng.pick(['Card at desk', 'Cash at desk']) },
      },
    ],
    customer: person(rng),
    items: [
      {
        activityId: slot.activityId,
        productId: product.id,
        startMs: slot.startMs,
        endMs: slot.endMs,
        participants,
        total,
      },
    ],
    discountAmount: 0,
    total,
    disableConfirmationEmail: false,
    modifiedLater: createdMs < todayStart - DAY_MS && rng.chance(0.15),
  };
}

function party(rng: Prng, prices: TierCounts): TierCounts {
  if (prices.All !== undefined) return { All: rng.int(1, 4) };
  const children = rng.chance(0.5) ? rng.int(1, 3) : 0;
  return children > 0 ? { Adult: rng.int(1, 2), Child: children } : { Adult: rng.int(1, 4) };
}

function person(rng: Prng): Person {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const email = `${mailPart(firstName)}.${mailPart(lastName)}${rng.int(1, 99)}@${rng.pick(MAIL_DOMAINS)}`;
  const phone = `${rng.pick(UK_PHONE_PREFIXES)}${String(rng.int(0, 999)).padStart(3, '0')}`;
  return { firstName, lastName, email, phone };
}
