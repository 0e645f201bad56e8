// Core (pure): the day summary's sums and its CSV: sales grouped by back end and tender (a sale
// cancelled from the queue counts for nothing), and one CSV row per sale, the same for the desk's
// "Download CSV" and the CLI's `summary --csv`.
import type { DayGroupTotal, DayTotal, SaleMoney, SaleReceipt } from '../../../shared/domain/sales';
import { money, toMajor, type Money } from './money';
import { tenderLabel } from './tender';

/** The words a sale cancelled from the queue carries as its problem (sales-service receiptFrom). */
export const CANCELLED_FROM_QUEUE = 'Cancelled from the queue.';

const BACKEND_ORDER = { reservie: 0, resmark: 1 } as const;
const TENDER_ORDER = { cash: 0, card: 1, comp: 2, pass: 3 } as const;

/**
 * One total per back end and tender, in a fixed order (Reservie then Resmark; cash, card, comp,
 * pass). Amounts are summed as integer minor units; a sale in another currency than the first of
 * its group is counted (sales, places) but not added to the amount, which would be meaningless.
 */
export function dayTotals(sales: readonly SaleReceipt[], format: (m: Money) => string): DayTotal[] {
  const totals = new Map<string, DayTotal>();
  for (const s of sales) {
    if (s.problem === CANCELLED_FROM_QUEUE) continue;
    const key = `${s.backend}:${s.tender}`;
    const t = totals.get(key) ?? { backend: s.backend, tender: s.tender, sales: 0, places: 0, total: null };
    t.sales++;
    t.places += s.places;
    if (s.total && (!t.total || t.total.currency === s.total.currency)) {
      const sum = money((t.total?.minor ?? 0) + s.total.minor, s.total.currency);
      t.total = asSaleMoney(sum, format);
    }
    totals.set(key, t);
  }
  return [...totals.values()].sort(
    (a, b) =>
      BACKEND_ORDER[a.backend] - BACKEND_ORDER[b.backend] || TENDER_ORDER[a.tender] - TENDER_ORDER[b.tender],
  );
}

/** DayTotals summed into one group (amounts per currency, never mixed), for a tender, a back end or the day. */
export function rollUp(totals: readonly DayTotal[], format: (m: Money) => string): DayGroupTotal {
  const minor = new Map<string, number>();
  let sales = 0;
  let places = 0;
  for (const t of totals) {
    sales += t.sales;
    places += t.places;
    if (t.total) minor.set(t.total.currency, (minor.get(t.total.currency) ?? 0) + t.total.minor);
  }
  const amounts = [...minor]
    .map(([currency, sum]) => asSaleMoney(money(sum, currency), format))
    .sort((a, b) => b.minor - a.minor || a.currency.localeCompare(b.currency));
  return { sales, places, amounts };
}

/** The day's totals per tender, per back end and overall, in the fixed order of dayTotals. */
export function dayRollUps(totals: readonly DayTotal[], format: (m: Money) => string) {
  const tenders = [...new Set(totals.map((t) => t.tender))].sort((a, b) => TENDER_ORDER[a] - TENDER_ORDER[b]);
  const backends = [...new Set(totals.map((t) => t.backend))].sort(
    (a, b) => BACKEND_ORDER[a] - BACKEND_ORDER[b],
  );
  return {
    byTender: tenders.map((tender) => ({
      tender,
      ...rollUp(
        totals.filter((t) => t.tender === tender),
        format,
      ),
    })),
    byBackend: backends.map((backend) => ({
      backend,
      ...rollUp(
        totals.filter((t) => t.backend === backend),
        format,
      ),
    })),
    overall: rollUp(totals, format),
  };
}

const asSaleMoney = (m: Money, format: (m: Money) => string): SaleMoney => ({ ...m, formatted: format(m) });

export const SALES_CSV_HEADER = [
  'referenceId',
  'backend',
  'state',
  'tender',
  'places',
  'total',
  'currency',
  'what',
  'createdAt',
  'confirmation',
] as const;

/** RFC 4180, CRLF line ends, a header row first, one row per sale in the order given. */
export function salesCsv(sales: readonly SaleReceipt[]): string {
  const rows = sales.map((s) =>
    [
      s.referenceId,
      s.backend,
      s.state,
      s.tender === 'pass' ? 'pass' : tenderLabel(s.tender),
      s.places,
      s.total ? toMajor(s.total) : null,
      s.total?.currency ?? null,
      s.what,
      s.createdAt,
      s.confirmation,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[SALES_CSV_HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}

/** sales-2026-12-01.csv */
export const salesFileName = (day: string) => `sales-${day}.csv`;

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}
