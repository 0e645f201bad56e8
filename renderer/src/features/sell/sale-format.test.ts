// Unit (Node): the running total over price tiers, money from minor units, and the hold's countdown.
import { describe, expect, it } from 'vitest';
import type { PriceTier } from '../../../../shared/domain/sales';
import { englishAgeWords, setFormatContext } from '../../lib/format';
import { countdownText, formatMoney, moneyText, msLeft, readableWhat, totalOf } from './sale-format';

const tier = (name: string, minor: number): PriceTier => ({
  tier: name,
  unit: { minor, currency: 'GBP', formatted: '' },
  seatsLeft: null,
});

describe('sale total', () => {
  it('adds each tier at its unit price', () => {
    expect(totalOf([tier('Adult', 2500), tier('Child', 1250)], { Adult: 2, Child: 1 })).toEqual({
      minor: 6250,
      currency: 'GBP',
      places: 3,
    });
  });

  it('is zero with the currency when nothing is chosen yet', () => {
    expect(totalOf([tier('Adult', 2500)], {})).toEqual({ minor: 0, currency: 'GBP', places: 0 });
  });

  it('ignores counts for tiers the slot does not have', () => {
    expect(totalOf([tier('Adult', 2500)], { Adult: 1, Senior: 3 }).minor).toBe(2500);
  });
});

describe('money', () => {
  it('formats minor units in the currency’s own digits', () => {
    expect(formatMoney(6250, 'GBP', 'en-GB')).toBe('£62.50');
    expect(formatMoney(6250, 'EUR', 'de-DE')).toBe('62,50\u00a0€');
    expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
  });
});

describe('hold countdown', () => {
  const end = '2026-12-01T10:30:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('shows the whole 30 minutes when the hold is new', () => {
    expect(countdownText(msLeft(end, at('2026-12-01T10:00:00.000Z')))).toBe('30:00');
  });

  it('rounds up, so 0:00 only shows once the lock has run out', () => {
    expect(countdownText(msLeft(end, at('2026-12-01T10:29:59.500Z')))).toBe('0:01');
    expect(countdownText(msLeft(end, at('2026-12-01T10:30:00.000Z')))).toBe('0:00');
  });

  it('never goes below zero, nor reads a bad time as time left', () => {
    expect(msLeft(end, at('2026-12-01T11:00:00.000Z'))).toBe(0);
    expect(msLeft('not a time', 0)).toBe(0);
    expect(countdownText(125_000)).toBe('2:05');
  });
});

describe('sale description', () => {
  it('writes the instant in it for people and leaves the rest alone', () => {
    const seen: string[] = [];
    const out = readableWhat('Harbour Kayak Tour, 2026-12-01T16:00:00.000Z', (iso) => {
      seen.push(iso);
      return '1 Dec, 16:00';
    });
    expect(out).toBe('Harbour Kayak Tour, 1 Dec, 16:00');
    expect(seen).toEqual(['2026-12-01T16:00:00.000Z']);
    expect(readableWhat('Morning Flow', () => 'x')).toBe('Morning Flow');
    expect(readableWhat('Tour, 2026-12-01T16:00:00+01:00', () => 'then')).toBe('Tour, then');
  });
});

describe("money on screen follows the screen's language, not the core's formatted text", () => {
  it('says a receipt total the German way on a German screen, from its minor units', () => {
    const venueText = { minor: 6250, currency: 'EUR', formatted: '€62.50' };
    try {
      setFormatContext({ locale: 'de-DE', timeZone: 'Europe/Berlin', ageWords: englishAgeWords });
      expect(moneyText(venueText)).toBe('62,50\u00a0€');
      setFormatContext({ locale: 'en-IE', timeZone: 'Europe/Dublin', ageWords: englishAgeWords });
      expect(moneyText(venueText)).toBe('€62.50');
    } finally {
      setFormatContext({ locale: undefined, timeZone: undefined, ageWords: englishAgeWords });
    }
  });
});
