// Shared (pure TS + zod): the shapes of the `sales:` calls (walk-up sales at the desk, and the
// CLI's `sell`). Inputs are strict and bounded; money is always integer minor units + currency.
import { z } from 'zod';

/** An id as the back end names it: non-empty, bounded, no control characters. */
const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');
const Name = z.string().max(200).optional();
const Email = z.string().max(254).optional();
export const SaleTender = z.enum(['cash', 'card', 'comp']);
export type SaleTender = z.infer<typeof SaleTender>;

/** A sale's own client-made id (also what the back ends keep, or what steps derive theirs from). */
const ReferenceId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{5,63}$/, 'letters, digits, "-" and "_", 6 to 64 characters');

export const ResmarkSaleRequest = z
  .object({
    backend: z.literal('resmark'),
    /** The dated slot (Resmark activity id). */
    activityId: Id,
    /** Count per price tier, e.g. { Adult: 2, Child: 1 }. */
    participants: z.record(z.string().min(1).max(64), z.number().int().min(0).max(100)),
    firstName: Name,
    lastName: Name,
    email: Email,
    phone: z.string().max(40).optional(),
    tender: SaleTender,
    sendConfirmationEmail: z.boolean().default(false),
    /** Absent: the core makes one. A retried tap sends the same one and sells once. */
    referenceId: ReferenceId.optional(),
    /** The seats held for this sale (sales:holdSeats): the order uses that cart. */
    holdId: Id.optional(),
  })
  .strict();

export const HoldRequest = z
  .object({
    activityId: Id,
    participants: z.record(z.string().min(1).max(64), z.number().int().min(0).max(100)),
  })
  .strict();
export const HoldRef = z.object({ holdId: Id }).strict();

/** Seats locked in a Resmark cart while staff take the details. */
export interface SeatHold {
  holdId: string;
  activityId: string;
  participants: Record<string, number>;
  /** When the lock runs out unless renewed (it is renewed at about 25 minutes while held). */
  lockEndsAt: string;
  expired: boolean;
}

export const ReservieSaleRequest = z
  .object({
    backend: z.literal('reservie'),
    sessionId: Id,
    email: z.string().min(1).max(254),
    /** Needed only when no customer has this e-mail yet (a new customer is created). */
    firstName: Name,
    lastName: Name,
    phone: z.string().max(40).optional(),
    payment: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('usePass'), customerPassId: Id.optional() }).strict(),
      z.object({ kind: z.literal('buyPass'), passId: Id, tender: SaleTender.default('cash') }).strict(),
      z.object({ kind: z.literal('pay'), tender: SaleTender }).strict(),
    ]),
    joinWaitingList: z.boolean().default(false),
    referenceId: ReferenceId.optional(),
  })
  .strict();

export const SaleRequest = z.discriminatedUnion('backend', [ResmarkSaleRequest, ReservieSaleRequest]);
/** As the core receives it (defaults filled in). */
export type SaleRequest = z.infer<typeof SaleRequest>;
/** As a caller may send it. */
export type SaleRequestInput = z.input<typeof SaleRequest>;

export const AvailabilityQuery = z
  .object({
    productId: Id,
    /** YYYY-MM-DD, the slot's own (venue) day. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  })
  .strict();
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;

/** Which Resmark tours the desk can sell (from the saved copy); with `activityId`, that slot's tour and day. */
export const ProductsQuery = z.object({ activityId: Id.optional() }).strict().optional();

/** A dated Resmark tour (a product with timed slots), as the desk lists it. */
export interface SaleProduct {
  id: string;
  name: string;
}

export interface SaleProducts {
  /** By name; products without dated slots (gift cards, merchandise) are left out. */
  products: SaleProduct[];
  /** The asked-for slot's tour and own (venue) day, YYYY-MM-DD; null when not asked or not cached. */
  slot: { activityId: string; productId: string; date: string } | null;
}

export const SaleLookup = z.object({ referenceId: ReferenceId }).strict();

export const DayQuery = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
      .optional(),
  })
  .strict()
  .optional();

export interface SaleMoney {
  /** Integer minor units, e.g. pence. */
  minor: number;
  currency: string;
  /** For the venue's locale, e.g. "£12.50". */
  formatted: string;
}

export interface PriceTier {
  tier: string;
  unit: SaleMoney;
  /** Seats left for this tier; null when the slot has one shared pool (see `seatsLeft`). */
  seatsLeft: number | null;
}

export interface SlotAvailability {
  activityId: string;
  startTime: string;
  endTime: string;
  tiers: PriceTier[];
  /** Seats in the shared pool, when there is one. */
  seatsLeft: number | null;
}

export interface AvailabilityAnswer {
  productId: string;
  date: string;
  /** `live`: just read from Resmark. `cache`: the saved copy minus this desk's queued sales (provisional). */
  source: 'live' | 'cache';
  provisional: boolean;
  slots: SlotAvailability[];
}

/** sent: every step is at the back end; queued: saved here, waiting to be sent; needs_attention: refused. */
export type SaleState = 'sent' | 'queued' | 'needs_attention';

export interface SaleReceipt {
  referenceId: string;
  backend: 'reservie' | 'resmark';
  state: SaleState;
  /** Resmark's confirmation number, or Reservie's registration status (`confirmed`, `waitlisted`). */
  confirmation: string | null;
  /** The back end's ids by step (`order`; `customer`, `pass`, `registration`), once sent. */
  serverIds: Record<string, string>;
  tender: SaleTender | 'pass';
  total: SaleMoney | null;
  places: number;
  /** e.g. "Morning Flow" or the slot's product and time. */
  what: string;
  /** The customer, as staff typed them. */
  customer: { firstName: string | null; lastName: string | null; email: string | null };
  /** When it was saved at the desk. */
  createdAt: string;
  /** The plain reason when a step was refused. */
  problem: string | null;
  /** True when decided without the back end (offline): places checked against the saved copy. */
  provisional: boolean;
}

export interface DayTotal {
  backend: 'reservie' | 'resmark';
  tender: SaleTender | 'pass';
  sales: number;
  places: number;
  total: SaleMoney | null;
}

export interface DaySummary {
  date: string;
  sales: SaleReceipt[];
  totals: DayTotal[];
  /** Sales not yet fully sent (queued or needing attention). */
  unsent: number;
  /** The same sales as CSV (one row per sale), for export. */
  csv: string;
}
