// Core (pure): the venue's settings for walk-up sales, checked once where they come in.
import { z } from 'zod';

export const SalesSettings = z
  .object({
    /** ISO 4217; Resmark sends bare decimal amounts, so the currency is the venue's (§8.14 [A]). */
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code such as GBP')
      .transform((c) => c.toUpperCase())
      .default('GBP'),
    /** BCP 47 locale amounts are shown in. */
    locale: z.string().min(2).default('en-GB'),
    /** Offline, one sale may take at most this many places (the cache may be out of date). */
    offlineMaxPlacesPerSale: z.number().int().min(1).max(100).default(6),
    /** Offline, at most this many sales may wait in this desk's queue. */
    offlineMaxQueuedSales: z.number().int().min(0).max(1000).default(30),
    /** Resmark: renew the seat lock this long after it was set, while the sale is open (lock: 30 min). */
    renewLockAfterMinutes: z.number().int().min(1).max(29).default(25),
  })
  .strict();
export type SalesSettings = z.output<typeof SalesSettings>;
export type SalesSettingsInput = z.input<typeof SalesSettings>;

/** Settings as stored, with defaults; a RangeError names each bad field. */
export function parseSalesSettings(raw: unknown): SalesSettings {
  const parsed = SalesSettings.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
  throw new RangeError(`Sales settings: ${problems.join('; ')}`);
}
