// Shared (pure TS): what the cache serves to the renderer (search results, today's sessions).
import { z } from 'zod';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY_LENGTH, MAX_SESSION_RANGE_DAYS } from './limits';

export const CustomerSearch = z
  .object({
    query: z.string().trim().min(1).max(MAX_SEARCH_QUERY_LENGTH),
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  })
  .strict();
export type CustomerSearch = z.infer<typeof CustomerSearch>;

export interface CustomerPassSummary {
  id: string;
  passName: string;
  remainingUses: number;
  expiryDate: string | null;
  status: string;
}

/** A person found in the cache: a Reservie customer, or a Resmark order's lead guest. */
export interface CustomerHit {
  kind: 'customer' | 'order';
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Resmark confirmation number when kind is 'order'. */
  confirmation: string | null;
  passes: CustomerPassSummary[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A bounded window: every reply must stay small, whatever a caller asks for. */
export const SessionQuery = z
  .object({
    from: z.string().datetime({ offset: true }),
    to: z.string().datetime({ offset: true }),
  })
  .strict()
  .refine((q) => Date.parse(q.from) <= Date.parse(q.to), {
    message: '"from" must not be after "to"',
    path: ['to'],
  })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_SESSION_RANGE_DAYS * DAY_MS, {
    message: `the range may span at most ${MAX_SESSION_RANGE_DAYS} days`,
    path: ['to'],
  });
export type SessionQuery = z.infer<typeof SessionQuery>;

export interface SessionSummary {
  id: string;
  source: 'reservie' | 'resmark';
  name: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  spacesAvailable: number | null;
  booked: number;
}

export interface CacheCounts {
  customers: number;
  events: number;
  passes: number;
  customerPasses: number;
  registrations: number;
  products: number;
  availability: number;
  orders: number;
}
