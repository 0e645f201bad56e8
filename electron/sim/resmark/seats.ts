// Simulator (plain Node): seat accounting for one slot: a shared pool (`"*"`), optionally with
// per-tier caps, as tiersAvailable shows it (§8.12 [A]).
import type { Slot, TierCounts } from './types';

export function seatsLeft(slot: Slot): number {
  let used = 0;
  for (const n of Object.values(slot.used)) used += n;
  return Math.max(0, slot.capacity - used);
}

/** `{"*": n}` for a shared pool, else seats left per capped tier (never more than the pool). */
export function tiersAvailable(slot: Slot): TierCounts {
  const pool = seatsLeft(slot);
  if (!slot.tierCaps) return { '*': pool };
  const out: TierCounts = {};
  for (const [tier, cap] of Object.entries(slot.tierCaps)) {
    out[tier] = Math.max(0, Math.min(pool, cap - (slot.used[tier] ?? 0)));
  }
  return out;
}

export function canSeat(slot: Slot, participants: TierCounts): boolean {
  const wanted = Object.values(participants).reduce((a, b) => a + b, 0);
  if (wanted > seatsLeft(slot)) return false;
  if (!slot.tierCaps) return true;
  return Object.entries(participants).every(
    ([tier, n]) =>
      slot.tierCaps?.[tier] === undefined || n <= (slot.tierCaps[tier] ?? 0) - (slot.used[tier] ?? 0),
  );
}

export function takeSeats(slot: Slot, participants: TierCounts): void {
  for (const [tier, n] of Object.entries(participants)) slot.used[tier] = (slot.used[tier] ?? 0) + n;
}

export function releaseSeats(slot: Slot, participants: TierCounts): void {
  for (const [tier, n] of Object.entries(participants))
    slot.used[tier] = Math.max(0, (slot.used[tier] ?? 0) - n);
}

export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function priceOf(prices: TierCounts, participants: TierCounts): number {
  let total = 0;
  for (const [tier, n] of Object.entries(participants)) total += (prices[tier] ?? 0) * n;
  return roundMoney(total);
}
