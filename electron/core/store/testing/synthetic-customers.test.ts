// Core tests (plain Node): the synthetic customer base is the right size, shape and repeatable.
import { describe, expect, test } from 'vitest';
import { openTestCache, useTempDir } from './fixtures';
import { seedSyntheticCustomers } from './synthetic-customers';

describe('seedSyntheticCustomers', () => {
  const dir = useTempDir();

  test('writes n customers with about 1.5 passes per 2 customers, the same for the same seed', () => {
    const a = openTestCache(dir());
    const result = seedSyntheticCustomers(a.store, 2_000, 7);
    expect(a.store.counts()).toMatchObject({
      customers: 2_000,
      customerPasses: result.customerPasses,
      passes: 4,
    });
    expect(result.customerPasses / 2_000).toBeGreaterThan(0.65);
    expect(result.customerPasses / 2_000).toBeLessThan(0.85);
    const sample = a.store.searchCustomers('smith', 5);
    expect(sample.length).toBeGreaterThan(0);

    a.db.close();
    const b = openTestCache(dir());
    b.db.exec('DELETE FROM customers; DELETE FROM customer_passes;');
    expect(seedSyntheticCustomers(b.store, 2_000, 7)).toEqual(result);
    expect(b.store.searchCustomers('smith', 5)).toEqual(sample);
  });
});
