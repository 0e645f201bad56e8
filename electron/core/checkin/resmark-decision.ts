// Core (pure): Resmark check-in. Resmark has no check-in API (resmark.md §7.7, §8.1), so the order
// has already paid and the ledger is the record: find today's items, list their participants,
// check in all or some inside a window around the departure, each participant once.
import type { OrderItemRecord, OrderRecord } from '../store/records';
import type { CheckInSettings } from './checkin-settings';
import type { AlreadyCheckedIn, ExistingCheckIn, NewCheckIn, Refusal } from './checkin-types';
import { resmarkWindow } from './checkin-window';
import type { Said } from '../../../shared/domain/said';
import { alreadyCheckedIn } from './reservie-decision';
import { saying } from '../../../shared/domain/said-english';
import { dayOf, localDay } from './venue-time';

export interface Participant {
  /** "Adult#2": the tier and the place within it, stable whatever order the tiers come in. */
  key: string;
  tier: string;
  /** "Adult 2", for the screen. */
  label: string;
}

export interface TodaysItem {
  item: OrderItemRecord;
  /** The departure the ledger files it under: the activity id, else product and start time. */
  departureId: string;
  participants: Participant[];
}

/** The participants of an item, one per place booked, in tier-name order. */
export function participantsOf(item: OrderItemRecord): Participant[] {
  const tiers = Object.keys(item.participants).sort();
  return tiers.flatMap((tier) => {
    const count = Math.max(0, Math.floor(item.participants[tier] ?? 0));
    return Array.from({ length: count }, (_, i) => ({
      key: `${tier}#${i + 1}`,
      tier,
      label: `${tier} ${i + 1}`,
    }));
  });
}

export function departureIdOf(item: OrderItemRecord): string {
  return item.activityId ?? `${item.productId ?? 'product'}@${item.startTime ?? 'undated'}`;
}

/** The order's items that start on the venue's today, earliest first. */
export function todaysItems(order: OrderRecord, now: Date, timeZone: string): TodaysItem[] {
  const today = localDay(now, timeZone);
  return order.items
    .filter((item) => item.startTime !== null && dayOf(item.startTime, timeZone) === today)
    .sort((a, b) => Date.parse(a.startTime!) - Date.parse(b.startTime!) || a.index - b.index)
    .map((item) => ({ item, departureId: departureIdOf(item), participants: participantsOf(item) }));
}

export interface ResmarkCheckInInput {
  now: Date;
  settings: CheckInSettings;
  order: OrderRecord;
  /** The index of the item (as in the order) to check in to. */
  itemIndex: number;
  /** 'all', or the participant keys staff ticked. */
  participants: 'all' | readonly string[];
  /** Ledger check-ins (not undone) of this item's participants, by participant key. */
  existing: ReadonlyMap<string, ExistingCheckIn>;
}

export interface ResmarkCheckedIn {
  outcome: 'checked_in';
  /** One ledger record per participant newly in; nothing is sent anywhere. */
  records: NewCheckIn[];
  /** The ticked participants who were in already (not recorded again). */
  alreadyIn: { participant: string; message: string; said: Said }[];
  message: string;
  said: Said;
}

export type ResmarkDecision = ResmarkCheckedIn | AlreadyCheckedIn | Refusal;

export function decideResmarkCheckIn(input: ResmarkCheckInInput): ResmarkDecision {
  const { now, settings, order } = input;
  const refuse = (reason: Refusal['reason'], said: { message: string; said: Said }): Refusal => ({
    outcome: 'refused',
    reason,
    message: said.message,
    said: said.said,
    offerPassSale: false,
  });
  const today = todaysItems(order, now, settings.timeZone).find((t) => t.item.index === input.itemIndex);
  if (!today) return refuse('no_items_today', saying({ code: 'booking.nothingToday' }));
  if (today.participants.length === 0)
    return refuse('no_participants', saying({ code: 'booking.noParticipants' }));

  const chosen = pickParticipants(today.participants, input.participants);
  if (!Array.isArray(chosen)) return refuse('unknown_participant', saying(chosen));
  const fresh = chosen.filter((p) => !input.existing.has(p.key));
  const alreadyIn = chosen
    .filter((p) => input.existing.has(p.key))
    .map((p) => {
      const earlier = alreadyCheckedIn(input.existing.get(p.key)!, now, settings.timeZone);
      return { participant: p.key, message: earlier.message, said: earlier.said };
    });
  // Everyone ticked is in already: say so before the window, as twice is once at any time.
  if (fresh.length === 0)
    return alreadyCheckedIn(input.existing.get(chosen[0]!.key)!, now, settings.timeZone);

  const window = resmarkWindow(today.item.startTime!, now, settings);
  if (!window.open) return refuse(window.reason, window);

  const name = [order.firstName, order.lastName].filter(Boolean).join(' ') || `Booking ${order.confirmation}`;
  const records = fresh.map((p): NewCheckIn => ({
    backend: 'resmark',
    session: {
      id: today.departureId,
      name: today.item.productName ?? 'Departure',
      startsAt: today.item.startTime!,
    },
    person: {
      kind: 'participant',
      orderId: order.id,
      confirmation: order.confirmation,
      itemIndex: today.item.index,
      participant: p.key,
      name: `${name} (${p.label})`,
    },
    paidBy: { method: 'none' },
    at: now.toISOString(),
    day: localDay(now, settings.timeZone),
  }));
  const said = saying({ code: 'checkedIn.participants', count: records.length, alreadyIn: alreadyIn.length });
  return { outcome: 'checked_in', records, alreadyIn, ...said };
}

/** The participants named by `wanted`, or the words for the first key that is not on the item. */
function pickParticipants(all: Participant[], wanted: 'all' | readonly string[]): Participant[] | Said {
  if (wanted === 'all') return all;
  if (wanted.length === 0) return { code: 'booking.tickOne' };
  const byKey = new Map(all.map((p) => [p.key, p]));
  const unknown = wanted.find((k) => !byKey.has(k));
  if (unknown !== undefined) return { code: 'booking.notOnIt', participant: unknown };
  return [...new Set(wanted)].map((k) => byKey.get(k)!);
}

/**
 * The item a check-in goes to when staff did not pick one: of today's items whose window is open,
 * the soonest still to depart (people come early for the next tour), else the one that left last.
 * When none is open: the next one to open, else the last one, so the refusal says why.
 * Null only when nothing on the order is today.
 */
export function itemToCheckIn(
  items: readonly TodaysItem[],
  now: Date,
  settings: CheckInSettings,
): { item: TodaysItem; open: boolean } | null {
  const open = items.filter((t) => resmarkWindow(t.item.startTime!, now, settings).open);
  const upcoming = open.find((t) => Date.parse(t.item.startTime!) >= now.getTime());
  const pick = upcoming ?? open.at(-1);
  if (pick) return { item: pick, open: true };
  const later = items.find((t) => {
    const w = resmarkWindow(t.item.startTime!, now, settings);
    return !w.open && w.reason === 'too_early';
  });
  const fallback = later ?? items.at(-1);
  return fallback ? { item: fallback, open: false } : null;
}
