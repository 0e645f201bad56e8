// Shared (pure TS + zod): the outbox as the desk and the CLI see it: every queued write, its state,
// what staff may do about it now, and what staff already did (the `outbox:resolve` call).
import { z } from 'zod';
import { MAX_RESOLUTION_REASON_LENGTH } from './limits';

/**
 * What staff can do about an item that needs attention. Which ones an item offers depends on its
 * kind and its payload (a check-in or a pass-paid sale can be paid with another pass; a Resmark
 * sale can move to another slot) and its state.
 */
export const OUTBOX_ACTIONS = ['retry', 'otherPass', 'otherSlot', 'recordPayment', 'dismiss'] as const;
export type OutboxAction = (typeof OUTBOX_ACTIONS)[number];

export type OutboxState = 'pending' | 'sending' | 'sent' | 'needs_attention' | 'withdrawn' | 'dismissed';

/** One thing staff did about an item: a fact, kept for good. */
export interface OutboxResolutionFact {
  action: OutboxAction | string;
  /** What it was done with, in staff's words ("paid by cash", "with 5-Class Pass"). */
  detail: string | null;
  reason: string | null;
  /** The error staff were answering. */
  errorBefore: string | null;
  deskName: string;
  at: string;
}

export interface OutboxEntry {
  id: number;
  /** e.g. reservie.passRegistration */
  kind: string;
  backend: 'reservie' | 'resmark';
  referenceId: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** False for items of another account (another venue's key, or demo while live): never sent from here. */
  currentAccount: boolean;
  /** What it is in staff's words: "Check-in", "Ann Kowalski", "Yoga Flow" starting at `at`. */
  summary: { what: string; who: string | null; about: string | null; at: string | null };
  /** The customer it is for, where there is one (to list their passes for "another pass"). */
  customerId: string | null;
  /** A Resmark sale's slot: its product and day, to list the other slots for "another slot". */
  slot: OutboxSlot | null;
  /** What staff may do about it now; empty unless it needs attention and is this account's. */
  actions: OutboxAction[];
  /** What staff already did about it, oldest first. */
  resolutions: OutboxResolutionFact[];
}

export interface OutboxSlot {
  productId: string;
  activityId: string;
  /** YYYY-MM-DD, the slot's own (venue) day. */
  date: string;
}

export interface OutboxSendReport {
  sent: number;
  needsAttention: number;
  /** Still waiting to go in the connected accounts. */
  waiting: number;
  /** A back end with waiting items could not be reached. */
  unreachable: boolean;
}

const ItemId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const PassId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

/** One action on one item that needs attention. */
export const OutboxResolve = z.discriminatedUnion('action', [
  /** Send it again as it is (the back end's state may have changed). */
  z.object({ itemId: ItemId, action: z.literal('retry') }).strict(),
  /** A check-in's, or a pass-paid sale's, registration paid with another of the customer's valid passes. */
  z.object({ itemId: ItemId, action: z.literal('otherPass'), customerPassId: PassId }).strict(),
  /** A Resmark sale moved to another slot (activity) of the same product, under the same referenceId. */
  z.object({ itemId: ItemId, action: z.literal('otherSlot'), activityId: PassId }).strict(),
  /** Registered as paid at the desk by cash or card instead (reservie.md §10.1 `paymentMethod`). */
  z.object({ itemId: ItemId, action: z.literal('recordPayment'), tender: z.enum(['cash', 'card']) }).strict(),
  /** Closed for good with staff's reason; kept, never deleted. */
  z
    .object({
      itemId: ItemId,
      action: z.literal('dismiss'),
      reason: z.string().trim().min(1, 'a reason is required').max(MAX_RESOLUTION_REASON_LENGTH),
    })
    .strict(),
]);
export type OutboxResolve = z.infer<typeof OutboxResolve>;

export interface OutboxResolveResult {
  /** What staff see: "Sent again with 5-Class Pass", "Dismissed". */
  message: string;
  entry: OutboxEntry;
}
