// Contract tests (plain Node, real HTTP): v1 paging (§5) on every list: page from 1, perPage
// default 25 and at most 100 (a bigger one is served as 100), the last page, a page past the end,
// and the edges that are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, NO_LIMIT, reservieToken, TEST_START, type Api, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';

interface Page {
  total: number;
  page: number;
  perPage: number;
  [key: string]: unknown;
}

let sim: RunningSim;
let v1: Api;
let eventId = '';
beforeAll(async () => {
  sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  v1 = api(sim.baseUrl, await reservieToken(sim));
  const events = await v1.get<{ events: { id: string }[] }>('/events?perPage=1');
  eventId = events.body.events[0]?.id ?? '';
});
afterAll(() => sim.close());

const rows = (page: Page, key: string) => page[key] as { id: string }[];

describe.each([
  ['/customers', 'customers'],
  ['/events', 'events'],
  ['/passes', 'passes'],
  ['/customer-passes', 'customerPasses'],
  ['/events/:id/registrations', 'registrations'],
])('GET %s paging', (path, key) => {
  const url = (query: string) => `${path.replace(':id', eventId)}?${query}`;

  it('defaults to page 1 of 25 and reports the total', async () => {
    const res = await v1.get<Page>(url(''));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([key, 'page', 'perPage', 'total'].sort());
    expect(res.body).toMatchObject({ page: 1, perPage: 25 });
    expect(rows(res.body, key).length).toBe(Math.min(25, res.body.total));
  });

  it('serves a short last page and an empty page past the end, both with the total', async () => {
    const { total } = (await v1.get<Page>(url('perPage=1'))).body;
    const perPage = 7;
    const lastPage = Math.ceil(total / perPage);
    const last = await v1.get<Page>(url(`perPage=${perPage}&page=${lastPage}`));
    expect(rows(last.body, key).length).toBe(total - (lastPage - 1) * perPage);
    const past = await v1.get<Page>(url(`perPage=${perPage}&page=${lastPage + 1}`));
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ [key]: [], total, page: lastPage + 1, perPage });
  });

  it('serves perPage above 100 as 100 and echoes perPage: 100', async () => {
    const hundred = await v1.get<Page>(url('perPage=100'));
    expect(hundred.status).toBe(200);
    expect(rows(hundred.body, key).length).toBe(Math.min(100, hundred.body.total));
    for (const query of [
      'perPage=101',
      'perPage=5000',
      'perPage=99999999999999999999',
      'perPage=101&page=2',
    ]) {
      const res = await v1.get<Page>(url(query));
      expect(res.status).toBe(200);
      expect(res.body.perPage).toBe(100);
      const same = await v1.get<Page>(url(query.replace(/perPage=\d+/, 'perPage=100')));
      expect(rows(res.body, key)).toEqual(rows(same.body, key));
    }
  });

  it('refuses perPage below 1, page below 1 and non-integers with the field named', async () => {
    for (const [query, field] of [
      ['perPage=0', 'perPage'],
      ['perPage=-5', 'perPage'],
      ['perPage=ten', 'perPage'],
      ['perPage=2.5', 'perPage'],
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=abc', 'page'],
    ] as const) {
      const res = await v1.get<V1Error>(url(query));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_error', details: { field } });
    }
  });
});

describe('list order', () => {
  it('pages through every customer once, in creation order, and repeats exactly', async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const res = await v1.get<{ customers: { id: string; createdAt: string }[]; total: number }>(
        `/customers?perPage=100&page=${page}`,
      );
      seen.push(...res.body.customers.map((c) => c.id));
      if (page * 100 >= res.body.total) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const numbers = seen.map((id) => Number(id.slice('cust_'.length)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const again = await v1.get<{ customers: { id: string }[] }>('/customers?perPage=100&page=7');
    expect(again.body.customers.map((c) => c.id)).toEqual(seen.slice(600, 700));
  });
});
