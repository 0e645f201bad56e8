// Renderer: the sums and words a desk sale shows — money from minor units, a running total over
// price tiers, the hold's countdown. Pure, so the numbers on screen are unit-tested.
import type { PriceTier, SaleMoney } from '../../../../shared/domain/sales';
import { formatMoney as formatScreenMoney } from '../../lib/format';

/** Minor units for `currency` (2 for GBP/EUR/USD, 0 for JPY…), as Intl knows them. */
function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/**
 * Formats integer minor units in `currency` for `locale`; without one, as the screen formats
 * everything (its language with the venue's region, lib/format.ts), so a German guest reads
 * "62,50 €" where the desk reads "€62.50".
 */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  try {
    if (locale === undefined) return formatScreenMoney({ minor, currency });
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
  } catch {
    // An unknown currency code: still show the amount, with its code.
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

export interface SaleTotal {
  minor: number;
  currency: string | null;
  places: number;
}

/** The total of `counts` at the tiers' unit prices (tiers not chosen count 0). */
export function totalOf(tiers: PriceTier[], counts: Record<string, number>): SaleTotal {
  let minor = 0;
  let places = 0;
  let currency: string | null = null;
  for (const tier of tiers) {
    const n = counts[tier.tier] ?? 0;
    if (n <= 0) continue;
    minor += n * tier.unit.minor;
    places += n;
    currency ??= tier.unit.currency;
  }
  return { minor, currency: currency ?? tiers[0]?.unit.currency ?? null, places };
}

/**
 * A receipt's or a tier's money in the screen's language. The core's `formatted` is in the venue's
 * locale only (for the CLI and the CSV): the screen formats the minor units itself.
 */
export function moneyText(money: SaleMoney | null, locale?: string): string | null {
  if (!money) return null;
  return formatMoney(money.minor, money.currency, locale);
}

/** Milliseconds left until `endsAt` at `nowMs`, never below 0. */
export function msLeft(endsAt: string, nowMs: number): number {
  const end = Date.parse(endsAt);
  return Number.isNaN(end) ? 0 : Math.max(0, end - nowMs);
}

/** "29:59", "0:05": minutes and seconds left, rounded up so 0:00 means the lock has run out. */
export function countdownText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

// An instant as the core writes it into a sale's description ("Harbour tour, 2026-12-01T16:00:00.000Z").
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** A sale's description with any instant in it written for people (`format` gives the words). */
export function readableWhat(what: string, format: (iso: string) => string): string {
  return what.replace(INSTANT, (iso) => (Number.isNaN(Date.parse(iso)) ? iso : format(iso)));
}
