// Core (pure): what every queued step of a walk-up sale carries about the sale as a whole: the
// receipt's facts (tender, total, places, what, who) and the referenceId of each of its steps, so
// a step can find its dependencies' rows and the day summary can group steps into sales.
import { z } from 'zod';

export const SaleHeader = z
  .object({
    referenceId: z.string().min(1),
    backend: z.enum(['reservie', 'resmark']),
    tender: z.enum(['cash', 'card', 'comp', 'pass']),
    total: z.object({ minor: z.number().int(), currency: z.string().length(3) }).nullable(),
    places: z.number().int().min(1),
    /** Per tier (Resmark) or "*" (Reservie spaces): what offline capacity subtracts. */
    participants: z.record(z.string(), z.number().int().min(0)),
    /** The slot (Resmark activity id) or the session (Reservie) sold. */
    target: z.string().min(1),
    what: z.string(),
    customer: z.object({
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      email: z.string().nullable(),
    }),
    /** Step referenceId by local id. */
    steps: z.record(z.string(), z.string()),
    /** Decided from the saved copy (offline). */
    provisional: z.boolean(),
  })
  .strict();
export type SaleHeader = z.infer<typeof SaleHeader>;
