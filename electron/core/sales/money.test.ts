import { describe, expect, it } from 'vitest';
import { addMoney, formatMoney, fromMajor, minorDigits, money, timesMoney, toMajor } from './money';

describe('money', () => {
  it('converts Resmark major units exactly, with no float drift', () => {
    expect(fromMajor(19.99, 'GBP')).toEqual({ minor: 1999, currency: 'GBP' });
    expect(fromMajor(0.29, 'gbp')).toEqual({ minor: 29, currency: 'GBP' });
    expect(fromMajor(1.005, 'BHD')).toEqual({ minor: 1005, currency: 'BHD' });
    expect(fromMajor('129', 'GBP').minor).toBe(12900);
    expect(fromMajor(129.5, 'GBP').minor).toBe(12950);
    expect(fromMajor(1500, 'JPY').minor).toBe(1500);
    // 0.1 + 0.2 as a float sum is not an amount anyone was charged: refused, not rounded.
    expect(() => fromMajor(0.1 + 0.2, 'GBP')).toThrow(/more than 2 decimal places/);
    expect(() => fromMajor(12.5, 'JPY')).toThrow(/more than 0 decimal places/);
    expect(() => fromMajor('1e3', 'GBP')).toThrow(/not a plain decimal/);
    expect(() => fromMajor(5, 'pounds')).toThrow(/ISO 4217/);
  });

  it('every price from 0.00 to 99.99 survives the conversion', () => {
    for (let minor = 0; minor < 10000; minor++) {
      const major = minor / 100;
      expect(fromMajor(major, 'GBP').minor).toBe(minor);
      expect(toMajor(money(minor, 'GBP'))).toBe(major);
    }
  });

  it('adds and multiplies in minor units and refuses mixed currencies', () => {
    const adult = fromMajor(19.99, 'GBP');
    expect(addMoney(timesMoney(adult, 3), fromMajor(0.03, 'GBP'))).toEqual(money(6000, 'GBP'));
    expect(() => addMoney(adult, money(1, 'EUR'))).toThrow(/cannot add GBP to EUR/);
    expect(() => money(1.5, 'GBP')).toThrow(/whole number/);
  });

  it('formats for the venue locale', () => {
    expect(formatMoney(money(1250, 'GBP'), 'en-GB')).toBe('£12.50');
    expect(formatMoney(money(-5, 'GBP'), 'en-GB')).toBe('-£0.05');
    expect(formatMoney(money(1500, 'JPY'), 'ja-JP')).toMatch(/1,500/);
    expect(formatMoney(money(123456, 'EUR'), 'de-DE')).toBe('1.234,56\u00a0€');
    expect(minorDigits('JPY')).toBe(0);
  });
});
