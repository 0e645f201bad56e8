import { describe, expect, it } from 'vitest';
import { checkOfflineCapacity } from './offline-capacity';

const limits = { offlineMaxPlacesPerSale: 6, offlineMaxQueuedSales: 3 };

describe('checkOfflineCapacity', () => {
  it('subtracts what this desk has queued from a shared pool, provisionally', () => {
    const base = { cached: { '*': 5 }, queued: { Adult: 2 }, queuedSales: 1 };
    expect(checkOfflineCapacity({ ...base, requested: { Adult: 1, Child: 2 } }, limits)).toEqual({
      ok: true,
      provisional: true,
      remaining: { '*': 0 },
    });
    expect(checkOfflineCapacity({ ...base, requested: { Adult: 4 } }, limits)).toEqual({
      ok: false,
      reason: 'not_enough_places',
      message:
        "Only 3 places left by the saved availability and this desk's queued sales; this sale asks for 4.",
    });
  });

  it('checks capped tiers one by one', () => {
    const input = { cached: { Adult: 4, Child: 1 }, queued: { Child: 1 }, queuedSales: 0 };
    expect(checkOfflineCapacity({ ...input, requested: { Adult: 4 } }, limits)).toMatchObject({
      ok: true,
      remaining: { Adult: 0, Child: 0 },
    });
    expect(checkOfflineCapacity({ ...input, requested: { Child: 1 } }, limits)).toMatchObject({
      ok: false,
      reason: 'not_enough_places',
      message: expect.stringContaining('Only 0 Child places') as unknown,
    });
  });

  it('holds to the per-sale and total offline limits, and needs cached availability', () => {
    const ok = { cached: { '*': 50 }, queued: {}, requested: { Adult: 2 }, queuedSales: 0 };
    expect(checkOfflineCapacity({ ...ok, requested: { Adult: 7 } }, limits)).toMatchObject({
      reason: 'per_sale_limit',
    });
    expect(checkOfflineCapacity({ ...ok, requested: { Adult: 6 } }, limits)).toMatchObject({ ok: true });
    expect(checkOfflineCapacity({ ...ok, queuedSales: 3 }, limits)).toMatchObject({ reason: 'total_limit' });
    expect(checkOfflineCapacity({ ...ok, queuedSales: 2 }, limits)).toMatchObject({ ok: true });
    expect(checkOfflineCapacity({ ...ok, cached: null }, limits)).toMatchObject({ reason: 'not_cached' });
  });
});
