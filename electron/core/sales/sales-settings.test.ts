import { describe, expect, it } from 'vitest';
import { parseSalesSettings } from './sales-settings';

describe('parseSalesSettings', () => {
  it('fills defaults and upper-cases the currency', () => {
    expect(parseSalesSettings({ currency: 'eur' })).toMatchObject({
      currency: 'EUR',
      offlineMaxPlacesPerSale: 6,
      offlineMaxQueuedSales: 30,
      renewLockAfterMinutes: 25,
    });
  });

  it('names each bad field', () => {
    expect(() => parseSalesSettings({ offlineMaxPlacesPerSale: 0, currency: 'pounds' })).toThrow(
      /currency: .*; offlineMaxPlacesPerSale/,
    );
    expect(() => parseSalesSettings({ extra: 1 })).toThrow(/Sales settings/);
  });
});
