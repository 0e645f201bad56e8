// Core (plain Node): the Reservie v1 API client — token, paged lists mapped to cache records, and
// the few writes check-in and walk-up booking need. All calls share one request budget.
import { z } from 'zod';
import type {
  CustomerPassRecord,
  CustomerRecord,
  PassRecord,
  RegistrationRecord,
  SessionRecord,
} from '../../store/records';
import { httpProbe } from '../../http/connectivity';
import type { HttpRequest } from '../../http/http-client';
import { reservieBudgetDefaults } from '../../http/request-budget';
import { createAuthedHttp } from '../authed-http';
import { looseNumber, parseReply } from '../parse';
import { V1Customer, V1CustomerPass, V1Event, V1Pass, v1List, v1Registration } from './mapping';
import type {
  CallOptions,
  CustomerInput,
  PageOptions,
  Paged,
  RegistrationInput,
  ReservieClientOptions,
} from './reservie-types';

export type * from './reservie-types';

const NAME = 'Reservie';

const TokenReply = z.looseObject({
  token: z.string().min(1),
  expiresIn: looseNumber.nullish().transform((v) => v ?? 3600),
});

/** Single objects come back bare (§6 [A]); accept `{ customer: {...} }`-style wrapping too. */
function bare<T extends z.ZodType>(key: string, schema: T) {
  return z.preprocess((body) => {
    const inner = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
    return inner && typeof inner === 'object' ? inner : body;
  }, schema);
}

const seg = encodeURIComponent;

export function createReservieClient(opts: ReservieClientOptions) {
  const { budget, tokens, http } = createAuthedHttp(opts, {
    backend: NAME,
    budgetDefaults: reservieBudgetDefaults,
    secrets: () => [opts.apiKey, opts.apiSecret],
    signIn: { method: 'POST', path: '/auth/token', body: { apiKey: opts.apiKey, apiSecret: opts.apiSecret } },
    readToken: (body, receivedAt) => {
      const reply = parseReply(TokenReply, body, NAME, 'a token');
      return { token: reply.token, expiresAt: new Date(receivedAt.getTime() + reply.expiresIn * 1000) };
    },
  });

  async function list<T>(
    path: string,
    key: string,
    item: z.ZodType<T>,
    o: PageOptions,
    query = {},
  ): Promise<Paged<T>> {
    const body = await http.request({
      method: 'GET',
      path,
      query: { page: o.page, perPage: o.perPage, ...query },
      lane: o.lane ?? 'background',
      signal: o.signal,
    });
    const reply = parseReply(v1List(key, item), body, NAME, key);
    // The echoed perPage wins: a server that caps a bigger request would otherwise look like a short last page.
    const page = reply.page ?? o.page;
    const perPage = reply.perPage ?? o.perPage;
    const items = reply.rows as T[];
    const last = items.length < perPage || (reply.total !== null && page * perPage >= reply.total);
    return { items, total: reply.total, page, perPage, last };
  }

  async function one<T>(
    req: Omit<HttpRequest, 'lane'> & CallOptions,
    key: string,
    item: z.ZodType<T>,
  ): Promise<T> {
    const body = await http.request({ ...req, lane: req.lane ?? 'interactive' });
    return parseReply(bare(key, item), body, NAME, `a ${key}`) as T;
  }

  return {
    budget,
    /** Fetches a fresh token now: setup uses it to check the credentials. */
    async authenticate(): Promise<{ expiresAt: Date }> {
      const { expiresAt } = await tokens.refresh();
      return { expiresAt };
    },
    tokenExpiresAt: (): Date | null => tokens.current()?.expiresAt ?? null,
    /** For connectivity: any HTTP answer from the host counts as reachable. */
    probe: httpProbe(opts.baseUrl, { fetchImpl: opts.fetchImpl }),

    listCustomers: (o: PageOptions): Promise<Paged<CustomerRecord>> =>
      list('/customers', 'customers', V1Customer, o),
    listEvents: (o: PageOptions): Promise<Paged<SessionRecord>> => list('/events', 'events', V1Event, o),
    listPasses: (o: PageOptions): Promise<Paged<PassRecord>> => list('/passes', 'passes', V1Pass, o),
    listCustomerPasses: (o: PageOptions & { customerId?: string }): Promise<Paged<CustomerPassRecord>> =>
      list('/customer-passes', 'customerPasses', V1CustomerPass, o, { customerId: o.customerId }),
    listRegistrations: (eventId: string, o: PageOptions): Promise<Paged<RegistrationRecord>> =>
      list(`/events/${seg(eventId)}/registrations`, 'registrations', v1Registration(eventId), o),

    getCustomer: (id: string, o: CallOptions = {}): Promise<CustomerRecord> =>
      one({ method: 'GET', path: `/customers/${seg(id)}`, ...o }, 'customer', V1Customer),
    /** Not retried automatically: a lost reply may still have created the customer. */
    createCustomer: (input: CustomerInput, o: CallOptions = {}): Promise<CustomerRecord> =>
      one({ method: 'POST', path: '/customers', body: input, ...o }, 'customer', V1Customer),
    /** Sends absolute values, so repeating it is harmless. */
    updateCustomer: (
      id: string,
      input: Partial<CustomerInput>,
      o: CallOptions = {},
    ): Promise<CustomerRecord> =>
      one(
        { method: 'PUT', path: `/customers/${seg(id)}`, body: input, idempotent: true, ...o },
        'customer',
        V1Customer,
      ),
    /** Not retried automatically; a full event answers CONFLICT with backendCode `event_full`. */
    createRegistration: (
      eventId: string,
      input: RegistrationInput,
      o: CallOptions = {},
    ): Promise<RegistrationRecord> =>
      one(
        { method: 'POST', path: `/events/${seg(eventId)}/registrations`, body: input, ...o },
        'registration',
        v1Registration(eventId),
      ),
    /** Sets (not decrements) the remaining uses, so a retry cannot spend a use twice. */
    updateCustomerPass: (
      id: string,
      input: { remainingUses: number },
      o: CallOptions = {},
    ): Promise<CustomerPassRecord> =>
      one(
        { method: 'PUT', path: `/customer-passes/${seg(id)}`, body: input, idempotent: true, ...o },
        'customerPass',
        V1CustomerPass,
      ),
  };
}

export type ReservieClient = ReturnType<typeof createReservieClient>;
