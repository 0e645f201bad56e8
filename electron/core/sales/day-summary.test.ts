// Unit (pure): the day summary's totals per back end and tender, and its CSV rows.
import { describe, expect, it } from 'vitest';
import type { SaleReceipt } from '../../../shared/domain/sales';
import {
  CANCELLED_FROM_QUEUE,
  dayRollUps,
  dayTotals,
  SALES_CSV_HEADER,
  salesCsv,
  salesFileName,
} from './day-summary';
import { formatMoney } from './money';

const fmt = (m: { minor: number; currency: string }) => formatMoney(m, 'en-GB');

function sale(over: Partial<SaleReceipt> = {}): SaleReceipt {
  return {
    referenceId: 'fd-000001',
    backend: 'resmark',
    state: 'sent',
    confirmation: 'RM-1',
    serverIds: {},
    tender: 'cash',
    total: { minor: 1250, currency: 'GBP', formatted: '£12.50' },
    places: 2,
    what: 'Harbour Tour, 2026-12-01T10:00:00',
    customer: { firstName: 'Ann', lastName: 'Lee', email: null },
    createdAt: '2026-12-01T09:00:00.000Z',
    problem: null,
    provisional: false,
    ...over,
  };
}

describe('dayTotals', () => {
  it('sums integer minor units per back end and tender, Reservie first, cash before card', () => {
    const totals = dayTotals(
      [
        sale({ tender: 'card', total: { minor: 1999, currency: 'GBP', formatted: '' } }),
        sale({ referenceId: 'fd-2', tender: 'cash', total: { minor: 10, currency: 'GBP', formatted: '' } }),
        sale({ referenceId: 'fd-3', tender: 'card', total: { minor: 1, currency: 'GBP', formatted: '' } }),
        sale({ referenceId: 'fd-4', backend: 'reservie', tender: 'pass', total: null, places: 1 }),
      ],
      fmt,
    );
    expect(totals.map((t) => [t.backend, t.tender, t.sales, t.places, t.total?.minor ?? null])).toEqual([
      ['reservie', 'pass', 1, 1, null],
      ['resmark', 'cash', 1, 2, 10],
      ['resmark', 'card', 2, 4, 2000],
    ]);
    expect(totals[2]!.total).toEqual({ minor: 2000, currency: 'GBP', formatted: '£20.00' });
  });

  it('leaves out sales cancelled from the queue and counts queued ones', () => {
    const totals = dayTotals(
      [sale({ state: 'needs_attention', problem: CANCELLED_FROM_QUEUE }), sale({ state: 'queued' })],
      fmt,
    );
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({ sales: 1, places: 2, total: { minor: 1250 } });
  });

  it('does not add an amount in another currency to the group', () => {
    const totals = dayTotals(
      [sale(), sale({ referenceId: 'fd-2', total: { minor: 500, currency: 'EUR', formatted: '' } })],
      fmt,
    );
    expect(totals[0]).toMatchObject({ sales: 2, places: 4, total: { minor: 1250, currency: 'GBP' } });
  });

  it('is empty for a day without sales', () => {
    expect(dayTotals([], fmt)).toEqual([]);
  });
});

describe('dayRollUps', () => {
  it('sums per tender over both back ends, per back end over every tender, and the whole day', () => {
    const totals = dayTotals(
      [
        sale({ tender: 'cash', total: { minor: 1250, currency: 'GBP', formatted: '' } }),
        sale({ referenceId: 'fd-2', backend: 'reservie', tender: 'cash', places: 1 }),
        sale({ referenceId: 'fd-3', tender: 'card', total: { minor: 999, currency: 'GBP', formatted: '' } }),
        sale({ referenceId: 'fd-4', backend: 'reservie', tender: 'pass', total: null, places: 1 }),
      ],
      fmt,
    );
    const r = dayRollUps(totals, fmt);
    expect(r.byTender.map((t) => [t.tender, t.sales, t.places, t.amounts.map((a) => a.formatted)])).toEqual([
      ['cash', 2, 3, ['£25.00']],
      ['card', 1, 2, ['£9.99']],
      ['pass', 1, 1, []],
    ]);
    expect(r.byBackend.map((b) => [b.backend, b.sales, b.places, b.amounts.map((a) => a.minor)])).toEqual([
      ['reservie', 2, 2, [1250]],
      ['resmark', 2, 4, [2249]],
    ]);
    expect(r.overall).toEqual({
      sales: 4,
      places: 6,
      amounts: [{ minor: 3499, currency: 'GBP', formatted: '£34.99' }],
    });
  });

  it('keeps each currency apart instead of adding them', () => {
    const totals = dayTotals(
      [
        sale(),
        sale({
          referenceId: 'fd-2',
          backend: 'reservie',
          total: { minor: 500, currency: 'EUR', formatted: '' },
        }),
      ],
      fmt,
    );
    expect(dayRollUps(totals, fmt).overall.amounts.map((a) => `${a.minor} ${a.currency}`)).toEqual([
      '1250 GBP',
      '500 EUR',
    ]);
  });

  it('is zero for a day without sales', () => {
    expect(dayRollUps([], fmt)).toEqual({
      byTender: [],
      byBackend: [],
      overall: { sales: 0, places: 0, amounts: [] },
    });
  });
});

describe('salesCsv', () => {
  it('has a header row and one CRLF row per sale, amounts in major units', () => {
    const csv = salesCsv([sale(), sale({ referenceId: 'fd-2', tender: 'comp', total: null })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(SALES_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      'fd-000001,resmark,sent,cash,2,12.5,GBP,"Harbour Tour, 2026-12-01T10:00:00",2026-12-01T09:00:00.000Z,RM-1',
    );
    expect(lines[2]).toBe(
      'fd-2,resmark,sent,complimentary,2,,,"Harbour Tour, 2026-12-01T10:00:00",2026-12-01T09:00:00.000Z,RM-1',
    );
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('quotes what a spreadsheet would run as a formula, and doubles quotes', () => {
    const csv = salesCsv([sale({ what: '=HYPERLINK("x")', confirmation: null })]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('is only the header for a day without sales', () => {
    expect(salesCsv([])).toBe(`${SALES_CSV_HEADER.join(',')}\r\n`);
  });

  it('names the file by its day', () => {
    expect(salesFileName('2026-12-01')).toBe('sales-2026-12-01.csv');
  });
});
