// Contract tests (plain Node, real HTTP): products, tags, inventory and pickups (§7.2, §7.3):
// documented fields, filters, paging (limit 50 default, 500 max, page from 0), look-up by id,
// number or name, and dated inventory with tiered prices and seats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import {
  api,
  control,
  NO_LIMIT,
  resmarkToken,
  TEST_START,
  type Api,
  type Envelope,
} from '../testing/sim-http';
import { startResmarkSim } from './resmark-sim';
import type { PickupZone, ProductView, TagCategory } from './types';

interface TimeJson {
  activityId: string;
  startTime: string;
  endTime: string;
  price: Record<string, number>;
  tiersAvailable: Record<string, number>;
}
interface Inventory {
  items: { date: string; timesAvailable: TimeJson[] }[];
}

let sim: RunningSim;
let rm: Api;
let products: ProductView[];
beforeAll(async () => {
  sim = await startResmarkSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  rm = api(sim.baseUrl, await resmarkToken(sim));
  products = (await rm.get<Envelope<ProductView[]>>('/product')).body.data;
});
afterAll(() => sim.close());

const DOCUMENTED = [
  'id',
  'productCode',
  'name',
  'productNumber',
  'price',
  'quantityLabel',
  'quantityType',
  'dateless',
];
const MORE = [
  'overview',
  'highlights',
  'shortDescription',
  'ageRestrictions',
  'class',
  'classTypes',
  'location',
];

describe('GET /product', () => {
  it('lists 12+ products with the documented fields and lastModified', async () => {
    expect(products.length).toBeGreaterThanOrEqual(12);
    for (const key of [...DOCUMENTED, ...MORE, 'images', 'videos', 'dateSettings', 'lastModified']) {
      expect(products[0]).toHaveProperty(key);
    }
    expect(products[0]?.id).toMatch(/^[0-9a-f]{24}$/);
    expect(typeof products[0]?.productNumber).toBe('number');
    expect(Date.parse(products[0]?.lastModified ?? '')).toBeLessThan(Date.parse(TEST_START));
  });

  it('pages with limit and page from 0; serves a limit above 500 as 500; refuses limit 0 and page -1', async () => {
    const page0 = await rm.get<Envelope<ProductView[]>>('/product?limit=5');
    const page1 = await rm.get<Envelope<ProductView[]>>('/product?limit=5&page=1');
    expect(page0.body.data.map((p) => p.id)).toEqual(products.slice(0, 5).map((p) => p.id));
    expect(page1.body.data.map((p) => p.id)).toEqual(products.slice(5, 10).map((p) => p.id));
    expect((await rm.get<Envelope<ProductView[]>>('/product?limit=5&page=99')).body.data).toEqual([]);
    expect((await rm.get('/product?limit=500')).status).toBe(200);
    for (const q of ['limit=501', 'limit=100000', 'limit=99999999999999999999']) {
      const big = await rm.get<Envelope<ProductView[]>>(`/product?${q}`);
      expect(big.status).toBe(200);
      expect(big.body.data.map((p) => p.id)).toEqual(products.map((p) => p.id));
    }
    for (const q of ['limit=0', 'limit=-1', 'limit=many', 'page=-1']) {
      const res = await rm.get<Envelope<null>>(`/product?${q}`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ errorMessage: expect.any(String), data: null });
    }
  });

  it('filters by ids, productNumbers, productName, tagIds and lastModified', async () => {
    const [a, b] = products;
    const names = (r: { body: Envelope<ProductView[]> }) => r.body.data.map((p) => p.name).sort();
    expect(names(await rm.get(`/product?ids=${a?.id},${b?.id}`))).toEqual([a?.name, b?.name].sort());
    expect(names(await rm.get(`/product?productNumbers=${b?.productNumber}`))).toEqual([b?.name]);
    expect(names(await rm.get('/product?productName=kayak'))).toEqual(['Harbour Kayak Tour']);
    const tags = (await rm.get<Envelope<TagCategory[]>>('/tag')).body.data;
    const water = tags.flatMap((c) => c.tags).find((t) => t.name === 'Water');
    const wet = (await rm.get<Envelope<ProductView[]>>(`/product?tagIds=${water?.id}`)).body.data;
    expect(wet.length).toBeGreaterThan(3);
    expect(wet.length).toBeLessThan(products.length);
    const newest = [...products].sort((x, y) => y.lastModified.localeCompare(x.lastModified))[0];
    const since = await rm.get<Envelope<ProductView[]>>(`/product?lastModified=${newest?.lastModified}`);
    expect(since.body.data.map((p) => p.id)).toEqual([newest?.id]);
    expect((await rm.get('/product?lastModified=garbage')).status).toBe(400);
  });

  it('sees a product edited through /_sim/products in a lastModified query', async () => {
    // A simulator of its own: the edit would put the shared one out of step with `products`,
    // which the other tests compare against in whatever order they run.
    const own = await startResmarkSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
    try {
      const ownRm = api(own.baseUrl, await resmarkToken(own));
      const target = (await ownRm.get<Envelope<ProductView[]>>('/product')).body.data[3];
      const before = new Date(await control(own).now()).toISOString();
      const edited = await control(own).patch<ProductView>(`/products/${target?.id}`, {
        name: 'Renamed Tour',
      });
      expect(edited.body.name).toBe('Renamed Tour');
      const since = await ownRm.get<Envelope<ProductView[]>>(`/product?lastModified=${before}`);
      expect(since.body.data.map((p) => p.id)).toEqual([target?.id]);
    } finally {
      await own.close();
    }
  });
});

describe('GET /product/{searchTerm}, /tag, /pickup', () => {
  it('finds one product by id, number or name, and answers 404 otherwise', async () => {
    const p = products.find((x) => x.name === 'Ghost Walk of the Old Town');
    for (const term of [p?.id, String(p?.productNumber), encodeURIComponent('ghost walk of the old town')]) {
      const res = await rm.get<Envelope<ProductView>>(`/product/${term}`);
      expect(res.body).toEqual({ errorMessage: null, data: p });
    }
    const missing = await rm.get<Envelope<null>>('/product/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.data).toBeNull();
  });

  it('lists tag categories with their tags', async () => {
    const res = await rm.get<Envelope<TagCategory[]>>('/tag');
    expect(res.body.data.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(res.body.data[0] ?? {}).sort()).toEqual(['id', 'name', 'tags']);
    expect(Object.keys(res.body.data[0]?.tags[0] ?? {}).sort()).toEqual(['id', 'name']);
  });

  it('lists pickup zones for products with pickup, and none otherwise', async () => {
    const seal = products.find((x) => x.name === 'Seal Spotting Boat Trip');
    const zones = (await rm.get<Envelope<PickupZone[]>>(`/product/${seal?.productNumber}/pickup`)).body.data;
    expect(zones.length).toBeGreaterThan(0);
    expect(Object.keys(zones[0] ?? {}).sort()).toEqual(['id', 'locations', 'name', 'pickupDetails']);
    const walk = products.find((x) => x.name === 'Coastal Path Guided Walk');
    expect((await rm.get<Envelope<PickupZone[]>>(`/product/${walk?.id}/pickup`)).body.data).toEqual([]);
  });
});

describe('GET /product/{id|number}/item', () => {
  it('serves hourly slots 09:00–17:00 with tiered prices and seats for a day', async () => {
    const kayak = products.find((x) => x.name === 'Harbour Kayak Tour');
    const res = await rm.get<Envelope<Inventory>>(
      `/product/${kayak?.productNumber}/item?from=2026-03-10&to=2026-03-10`,
    );
    expect(res.body.errorMessage).toBeNull();
    const [day] = res.body.data.items;
    expect(day?.date).toBe('2026-03-10');
    expect(day?.timesAvailable.map((t) => t.startTime.slice(11, 16))).toEqual(
      ['09', '10', '11', '12', '13', '14', '15', '16', '17'].map((h) => `${h}:00`),
    );
    const slot = day?.timesAvailable[0];
    expect(slot?.activityId).toMatch(/^[0-9a-f]{24}$/);
    expect(slot?.price).toEqual({ Adult: 45, Child: 30 });
    expect(Object.keys(slot?.tiersAvailable ?? {})).toEqual(['*']);
    expect(Date.parse(slot?.endTime ?? '') - Date.parse(slot?.startTime ?? '')).toBe(120 * 60_000);
  });

  it('covers the next 30 days, accepts YYYY-MM and shows per-tier seats where tiers are capped', async () => {
    const surf = products.find((x) => x.name === 'Surf School Taster');
    const month = await rm.get<Envelope<Inventory>>(`/product/${surf?.id}/item?from=2026-03&to=2026-04`);
    const dates = month.body.data.items.map((i) => i.date);
    expect(dates[0]).toBe('2026-03-01');
    expect(dates).toContain('2026-04-02');
    expect(dates).not.toContain('2026-04-03');
    expect(Object.keys(month.body.data.items[0]?.timesAvailable[0]?.tiersAvailable ?? {}).sort()).toEqual([
      'Adult',
      'Child',
    ]);
    const today = await rm.get<Envelope<Inventory>>(`/product/${surf?.id}/item`);
    expect(today.body.data.items.map((i) => i.date)).toEqual(['2026-03-04']);
    for (const q of ['from=2026-13-01', 'from=2026-03-10&to=2026-03-01', 'from=tomorrow']) {
      expect((await rm.get(`/product/${surf?.id}/item?${q}`)).status).toBe(400);
    }
  });
});
