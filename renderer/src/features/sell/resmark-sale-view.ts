// Renderer: the rules of the Resmark sale form, pure — which customer field is wrong and why (the
// same rules the core applies, so nothing is queued that Resmark will refuse), how many more seats
// a tier can take, and the venue day a date input starts on.
import type { SlotAvailability } from '../../../../shared/domain/sales';
import { venueDay } from '../../lib/format';

export interface CustomerInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export type CustomerField = 'firstName' | 'lastName' | 'email';
export type CustomerProblem = 'required' | 'tooLong' | 'notEmail';

/** Names the core allows (sale-validation.ts). */
export const NAME_MAX = 100;
// Deliberately loose, as the core's: one @, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with each field, if anything: names always; an e-mail when the confirmation is sent. */
export function customerProblems(
  c: CustomerInput,
  sendConfirmationEmail: boolean,
): Partial<Record<CustomerField, CustomerProblem>> {
  const out: Partial<Record<CustomerField, CustomerProblem>> = {};
  for (const field of ['firstName', 'lastName'] as const) {
    const v = c[field].trim();
    if (v === '') out[field] = 'required';
    else if (v.length > NAME_MAX) out[field] = 'tooLong';
  }
  const email = c.email.trim();
  if (email === '') {
    if (sendConfirmationEmail) out.email = 'required';
  } else if (!EMAIL.test(email)) out.email = 'notEmail';
  return out;
}

export const seatsOf = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((a, b) => a + Math.max(0, b), 0);

/** How many more of `tier` this slot can take with `counts` chosen (a shared pool or per tier). */
export function roomFor(slot: SlotAvailability, tier: string, counts: Record<string, number>): number {
  if (slot.seatsLeft !== null) return Math.max(0, slot.seatsLeft - seatsOf(counts));
  const left = slot.tiers.find((t) => t.tier === tier)?.seatsLeft ?? 0;
  return Math.max(0, left - (counts[tier] ?? 0));
}

/** Seats a slot has left in all: its pool, or its tiers added up. */
export function seatsLeftIn(slot: SlotAvailability): number {
  return slot.seatsLeft ?? slot.tiers.reduce((n, t) => n + (t.seatsLeft ?? 0), 0);
}

/** Whether a slot can still be sold at the desk: not started yet, and with a seat left. */
export function isOpen(slot: SlotAvailability, nowMs: number): boolean {
  return Date.parse(slot.startTime) > nowMs && seatsLeftIn(slot) > 0;
}

/** The counts with only tiers of at least one person (what holdSeats and sell take). */
export function chosen(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** YYYY-MM-DD of `at` at the venue (its zone, not the machine's): what the date input starts on. */
export function localDay(at: Date): string {
  return venueDay(at.toISOString());
}
