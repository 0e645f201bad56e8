// Test support (plain Node): a tiny Reservie v1 server whose paging can misbehave in the ways the
// simulator's cannot: capping the page size without saying so, ignoring `page`, clamping pages
// past the end, dropping the total, losing part of a list. Just enough of v1 for the core's sync:
// POST /auth/token and the paged GET lists the Reservie plan reads.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReservieClient } from '../../electron/core/backends/reservie/reservie-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';

export interface Paging {
  /** Serve at most this many rows a page, whatever perPage asked for. */
  capPerPage: number | null;
  /** Echo `page` and `perPage` (the size really used) in the reply. */
  echo: boolean;
  /** Send `total`. */
  total: boolean;
  /** Answer every page with page 1. */
  ignorePage: boolean;
  /** Answer pages past the end with the last page instead of an empty one. */
  clampPastEnd: boolean;
  /** Serve only the first this-many rows (and report them as the total): a server losing rows. */
  truncateAt: number | null;
  /** Answer with this HTTP status and a v1 error body instead of the list. */
  failWith: number | null;
}

const HONEST: Paging = {
  capPerPage: null,
  echo: true,
  total: true,
  ignorePage: false,
  clampPastEnd: false,
  truncateAt: null,
  failWith: null,
};

export type Row = { id: string } & Record<string, unknown>;

/** After this many list requests every list answers 400: keeps a runaway paging loop finite. */
const MAX_LIST_REQUESTS = 400;

export interface FakeReservie {
  baseUrl: string;
  /** Rows by list path, e.g. "customers", "customer-passes", "events/evt_1/registrations". */
  lists: Map<string, Row[]>;
  /** Misbehaviour by list path; anything not set is honest. */
  setPaging(list: string, paging: Partial<Paging>): void;
  /** GET requests made for a list path since the last reset. */
  requests(list: string): number;
  /**
   * Runs `change` once, just before the server answers `page` of `list`: the list changing under
   * a download that has already read the pages before it.
   */
  changeBefore(list: string, page: number, change: () => void): void;
  resetRequests(): void;
  close(): Promise<void>;
}

export function customerRows(count: number, from = 1): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return { id: `cus_${n}`, firstName: 'Guest', lastName: `Number ${n}`, email: `guest${n}@example.com` };
  });
}

/** One single-session event at noon today (local time, as the desk's "today" is). */
export function eventToday(id: string): Row {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  return { id, name: 'Open studio', startsAt: noon.toISOString(), durationMinutes: 60, capacity: 500 };
}

export function registrationRows(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `reg_${i + 1}`,
    customerId: `cus_${i + 1}`,
    spaces: 1,
    status: 'confirmed',
  }));
}

export async function startFakeReservie(): Promise<FakeReservie> {
  const lists = new Map<string, Row[]>([
    ['customers', []],
    ['passes', []],
    ['events', []],
    ['customer-passes', []],
  ]);
  const paging = new Map<string, Partial<Paging>>();
  const counts = new Map<string, number>();
  const changes: { list: string; page: number; change: () => void }[] = [];
  let listRequests = 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/^\/api\/v1\//, '');
    if (req.method === 'POST' && path === 'auth/token')
      return drain(req, res, { token: 'tok', expiresIn: 3600 });
    const rows = lists.get(path);
    if (req.method !== 'GET' || !rows)
      return send(res, 404, { error: { code: 'not_found', message: 'No such list' } });
    counts.set(path, (counts.get(path) ?? 0) + 1);
    if (++listRequests > MAX_LIST_REQUESTS) {
      return send(res, 400, { error: { code: 'too_many_pages', message: 'Test server: runaway paging' } });
    }
    const asked = Number(url.searchParams.get('page') ?? 1);
    const due = changes.findIndex((c) => c.list === path && c.page === asked);
    if (due >= 0) changes.splice(due, 1)[0]!.change();
    const p = { ...HONEST, ...paging.get(path) };
    if (p.failWith)
      return send(res, p.failWith, { error: { code: 'unavailable', message: 'Not on this plan' } });
    send(res, 200, listReply(path, lists.get(path)!, url.searchParams, p));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    lists,
    setPaging: (list, p) => paging.set(list, { ...paging.get(list), ...p }),
    requests: (list) => counts.get(list) ?? 0,
    changeBefore: (list, page, change) => void changes.push({ list, page, change }),
    resetRequests: () => {
      counts.clear();
      listRequests = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listReply(path: string, all: readonly Row[], query: URLSearchParams, p: Paging) {
  const rows = p.truncateAt === null ? all : all.slice(0, p.truncateAt);
  const size = Math.min(Number(query.get('perPage') ?? 25), p.capPerPage ?? Infinity);
  const lastPage = Math.max(1, Math.ceil(rows.length / size));
  let page = p.ignorePage ? 1 : Number(query.get('page') ?? 1);
  if (p.clampPastEnd) page = Math.min(page, lastPage);
  const key = path.endsWith('/registrations')
    ? 'registrations'
    : path === 'customer-passes'
      ? 'customerPasses'
      : path;
  return {
    [key]: rows.slice((page - 1) * size, page * size),
    ...(p.total ? { total: rows.length } : {}),
    ...(p.echo ? { page, perPage: size } : {}),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function drain(req: IncomingMessage, res: ServerResponse, body: unknown): void {
  req.resume().on('end', () => send(res, 200, body));
}

/** A real Reservie client for the fake, with a budget no test comes near. */
export function fakeClient(fake: FakeReservie) {
  return createReservieClient({
    baseUrl: fake.baseUrl,
    apiKey: 'test-key',
    apiSecret: 'test-secret',
    budget: createRequestBudget({ requests: 10_000, perMs: 60_000 }),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
}
