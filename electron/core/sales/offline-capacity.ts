// Core (pure): may this desk sell these places while offline? The cached availability minus what
// this desk has already queued for the same slot or session; the answer is always provisional,
// since other desks and the web shop sell from the same seats meanwhile.
import type { SalesSettings } from './sales-settings';

/** Seats left per tier; "*" is one pool shared by every tier (Resmark `tiersAvailable`). */
export type Availability = Readonly<Record<string, number>>;

export interface OfflineCapacityInput {
  /** From the cache; null when the slot or session is not cached (nothing to check against). */
  cached: Availability | null;
  /** Places per tier in this desk's unsent sales for the same slot or session. */
  queued: Readonly<Record<string, number>>;
  /** Places per tier this sale asks for. */
  requested: Readonly<Record<string, number>>;
  /** Unsent sales in this desk's queue, all slots. */
  queuedSales: number;
}

export type OfflineCapacity =
  | { ok: true; provisional: true; remaining: Availability }
  | {
      ok: false;
      reason: 'not_cached' | 'not_enough_places' | 'per_sale_limit' | 'total_limit';
      message: string;
    };

const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((a, b) => a + b, 0);

export function checkOfflineCapacity(
  input: OfflineCapacityInput,
  settings: Pick<SalesSettings, 'offlineMaxPlacesPerSale' | 'offlineMaxQueuedSales'>,
): OfflineCapacity {
  const places = sum(input.requested);
  if (input.queuedSales >= settings.offlineMaxQueuedSales) {
    return {
      ok: false,
      reason: 'total_limit',
      message: `${input.queuedSales} sales are already waiting to be sent (the offline limit is ${settings.offlineMaxQueuedSales}). Sell again once the connection is back.`,
    };
  }
  if (places > settings.offlineMaxPlacesPerSale) {
    return {
      ok: false,
      reason: 'per_sale_limit',
      message: `Offline, one sale may take at most ${settings.offlineMaxPlacesPerSale} places; this one asks for ${places}.`,
    };
  }
  if (input.cached === null) {
    return {
      ok: false,
      reason: 'not_cached',
      message: 'No availability is saved for this time, so it cannot be sold offline.',
    };
  }
  const remaining: Record<string, number> = {};
  if ('*' in input.cached) {
    const left = (input.cached['*'] ?? 0) - sum(input.queued);
    if (places > left) return short(Math.max(0, left), places);
    remaining['*'] = left - places;
    return { ok: true, provisional: true, remaining };
  }
  for (const [tier, seats] of Object.entries(input.cached)) {
    remaining[tier] = seats - (input.queued[tier] ?? 0);
  }
  for (const [tier, want] of Object.entries(input.requested)) {
    const left = remaining[tier] ?? 0;
    if (want > left) return short(Math.max(0, left), want, tier);
    remaining[tier] = left - want;
  }
  return { ok: true, provisional: true, remaining };
}

function short(left: number, want: number, tier?: string): OfflineCapacity {
  const what = tier ? `${tier} places` : 'places';
  return {
    ok: false,
    reason: 'not_enough_places',
    message: `Only ${left} ${what} left by the saved availability and this desk's queued sales; this sale asks for ${want}.`,
  };
}
