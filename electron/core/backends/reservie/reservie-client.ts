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
import type { HttpRequest } from '../../http/http-client';
import { reservieBudgetDefaults } from '../../http/request-budget';
import { createAuthedHttp } from '../authed-http';
import { looseNumber, parseReply, reportSkipped } from '../parse';
import {
  customerFields,
  customerPassFields,
  expandEventRow,
  registrationFields,
  sessionIdFor,
  splitSessionId,
  V1Customer,
  V1CustomerPass,
  V1Event,
  V1Pass,
  v1List,
  v1Registration,
} from './mapping';
import type { CallOptions } from '../call-options';
import type {
  CustomerInput,
  CustomerPassInput,
  Paged,
  RegistrationInput,
  ReservieClientOptions,
  ReserviePageOptions,
} from './reservie-types';
import { readWriteReply, unwrapRecord, type WriteReplySpec, type WriteResult } from './write-reply';

export type * from './reservie-types';

const NAME = 'Reservie';

const TokenReply = z.looseObject({
  token: z.string().min(1),
  expiresIn: looseNumber.nullish().transform((v) => v ?? 3600),
});

const seg = encodeURIComponent;

/** The one event field a walk-up sale reads live: whether a full event keeps a waiting list (§10.6). */
const V1EventBooking = z.looseObject({ waitingListEnabled: z.boolean().nullish() });

/** The echoed perPage wins when it is usable: it is the size the server really paged by. */
const pageSize = (echoed: number | null, asked: number) =>
  echoed !== null && Number.isInteger(echoed) && echoed > 0 ? echoed : asked;

/** Only the keys the caller actually set: an update sends (and so knows) no more than those. */
function defined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function createReservieClient(opts: ReservieClientOptions) {
  const { tokens, http, verifySignIn } = createAuthedHttp(opts, {
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
    o: ReserviePageOptions,
    query = {},
    expand?: (row: unknown) => unknown[],
  ): Promise<Paged<T>> {
    const body = await http.request({
      method: 'GET',
      path,
      query: { page: o.page, perPage: o.perPage, ...query },
      lane: o.lane ?? 'background',
      signal: o.signal,
    });
    const reply = parseReply(v1List(key, item, expand), body, NAME, key);
    reportSkipped(opts.logger, NAME, key, reply);
    const perPage = pageSize(reply.perPage, o.perPage);
    // Where the list ends is the page walk's call (sync/page-walk.ts), on the rows the server sent.
    const page: Paged<T> = { items: reply.rows, total: reply.total, page: reply.page ?? o.page, perPage };
    if (reply.skipped > 0) page.skipped = reply.skipped;
    if (reply.received !== reply.rows.length) page.received = reply.received;
    return page;
  }

  async function one<T>(
    req: Omit<HttpRequest, 'lane'> & CallOptions,
    key: string,
    item: z.ZodType<T>,
  ): Promise<T> {
    const body = await http.request({ ...req, lane: req.lane ?? 'interactive' });
    return parseReply(item, unwrapRecord(body, key), NAME, `a ${key}`);
  }

  /** A write: any 2xx is success, even with an empty, message-only or partial reply (see write-reply.ts). */
  async function write<T>(
    req: Omit<HttpRequest, 'lane'> & CallOptions,
    spec: WriteReplySpec<T>,
  ): Promise<WriteResult<T>> {
    const body = await http.request({ ...req, lane: req.lane ?? 'interactive' });
    return readWriteReply(body, spec);
  }

  /**
   * A session's register. A series session (id "event#date") is read from its event's list and
   * narrowed to that date, so each session's register holds its own registrations only.
   */
  async function listRegistrations(
    sessionId: string,
    o: ReserviePageOptions,
  ): Promise<Paged<RegistrationRecord>> {
    const { eventId, dateId } = splitSessionId(sessionId);
    const path = `/events/${seg(eventId)}/registrations`;
    const page = await list(path, 'registrations', v1Registration(eventId), o);
    if (dateId === null) return page;
    const items = page.items.filter((r) => r.sessionId === sessionId);
    return items.length === page.items.length
      ? page
      : { ...page, items, received: page.received ?? page.items.length };
  }

  return {
    /** Fetches a fresh token now: setup uses it to check the credentials. */
    async authenticate(): Promise<{ expiresAt: Date }> {
      const { expiresAt } = await verifySignIn();
      return { expiresAt };
    },
    tokenExpiresAt: (): Date | null => tokens.current()?.expiresAt ?? null,
    /** For connectivity: any HTTP answer from the host counts as reachable. */

    listCustomers: (o: ReserviePageOptions): Promise<Paged<CustomerRecord>> =>
      list('/customers', 'customers', V1Customer, o),
    /** Sessions: one per single-session event, one per date of a series event (§10.3). */
    listEvents: (o: ReserviePageOptions): Promise<Paged<SessionRecord>> =>
      list('/events', 'events', V1Event, o, {}, expandEventRow),
    listPasses: (o: ReserviePageOptions): Promise<Paged<PassRecord>> => list('/passes', 'passes', V1Pass, o),
    listCustomerPasses: (
      o: ReserviePageOptions & { customerId?: string; passId?: string },
    ): Promise<Paged<CustomerPassRecord>> =>
      list('/customer-passes', 'customerPasses', V1CustomerPass, o, {
        customerId: o.customerId,
        passId: o.passId,
      }),
    /**
     * Customers with this e-mail (the `email` filter, §10.8 [A]). Only exact, case-insensitive
     * matches are kept: a server that ignored the filter must not hand us a stranger.
     */
    async findCustomersByEmail(email: string, o: CallOptions = {}): Promise<CustomerRecord[]> {
      const want = email.trim().toLowerCase();
      const page = await list(
        '/customers',
        'customers',
        V1Customer,
        { page: 1, perPage: 25, lane: o.lane ?? 'interactive', signal: o.signal },
        { email: email.trim() },
      );
      return page.items.filter((c) => c.email?.trim().toLowerCase() === want);
    },
    /** Takes a session id (an event id for a single-session event). */
    listRegistrations,
    /**
     * Whether the session's event keeps a waiting list (§10.6 [A] `waitingListEnabled`); null when
     * the server does not say. Takes a session id (a series date reads its event).
     */
    async eventWaitingList(sessionId: string, o: CallOptions = {}): Promise<boolean | null> {
      const { eventId } = splitSessionId(sessionId);
      const event = await one(
        { method: 'GET', path: `/events/${seg(eventId)}`, ...o },
        'event',
        V1EventBooking,
      );
      return event.waitingListEnabled ?? null;
    },

    getCustomer: (id: string, o: CallOptions = {}): Promise<CustomerRecord> =>
      one({ method: 'GET', path: `/customers/${seg(id)}`, ...o }, 'customer', V1Customer),
    /** Not retried automatically: a lost reply may still have created the customer. */
    createCustomer: (input: CustomerInput, o: CallOptions = {}): Promise<WriteResult<CustomerRecord>> =>
      write(
        { method: 'POST', path: '/customers', body: input, ...o },
        customerSpec({ email: null, phone: null, ...defined(input) }),
      ),
    /** Sends absolute values, so repeating it is harmless. */
    updateCustomer: (
      id: string,
      input: Partial<CustomerInput>,
      o: CallOptions = {},
    ): Promise<WriteResult<CustomerRecord>> =>
      write(
        { method: 'PUT', path: `/customers/${seg(id)}`, body: input, idempotent: true, ...o },
        customerSpec({ ...defined(input), id }),
      ),
    /**
     * Not retried automatically; a full event answers CONFLICT with backendCode `event_full`.
     * Takes an event id, or a series session id (whose date is then sent as `dateId`).
     */
    createRegistration: (
      sessionId: string,
      input: RegistrationInput,
      o: CallOptions = {},
    ): Promise<WriteResult<RegistrationRecord>> => {
      const { eventId, dateId } = splitSessionId(sessionId);
      const sent: RegistrationInput = { ...input, dateId: input.dateId ?? dateId ?? undefined };
      return write(
        { method: 'POST', path: `/events/${seg(eventId)}/registrations`, body: sent, ...o },
        {
          key: 'registration',
          record: v1Registration(eventId, sent.dateId ?? null),
          required: ['id', 'customerId'],
          echo: pick(registrationFields, [
            'id',
            'customerId',
            'spaces',
            'status',
            'paymentMethod',
            'customerPassId',
            'attended',
            'createdAt',
          ]),
          known: {
            sessionId: sessionIdFor(eventId, sent.dateId ?? null),
            customerId: input.customerId,
            spaces: input.spaces ?? 1,
            paymentMethod: input.paymentMethod,
            customerPassId: input.customerPassId ?? null,
          },
        },
      );
    },
    /** Sells a pass at the desk. Not retried automatically: a lost reply may still have made it. */
    createCustomerPass: (
      input: CustomerPassInput,
      o: CallOptions = {},
    ): Promise<WriteResult<CustomerPassRecord>> =>
      write(
        { method: 'POST', path: '/customer-passes', body: input, ...o },
        {
          key: 'customerPass',
          record: V1CustomerPass,
          required: ['id', 'customerId', 'passId', 'remainingUses'],
          echo: customerPassFields,
          known: { customerId: input.customerId, passId: input.passId, startDate: input.startDate ?? null },
        },
      ),
    /** Sets (not decrements) the remaining uses, so a retry cannot spend a use twice. */
    updateCustomerPass: (
      id: string,
      input: { remainingUses: number },
      o: CallOptions = {},
    ): Promise<WriteResult<CustomerPassRecord>> =>
      write(
        { method: 'PUT', path: `/customer-passes/${seg(id)}`, body: input, idempotent: true, ...o },
        {
          key: 'customerPass',
          record: V1CustomerPass,
          required: ['id', 'customerId', 'passId', 'remainingUses'],
          echo: customerPassFields,
          known: { id, remainingUses: input.remainingUses },
        },
      ),
  };
}

function pick<S extends object, K extends keyof S>(shape: S, keys: readonly K[]): Pick<S, K> {
  return Object.fromEntries(keys.map((k) => [k, shape[k]])) as Pick<S, K>;
}

/** A customer write: the reply is whole only with both names (a bare `{id}` must not blank them). */
function customerSpec(known: Partial<CustomerRecord>): WriteReplySpec<CustomerRecord> {
  return {
    key: 'customer',
    record: V1Customer,
    required: ['id', 'firstName', 'lastName'],
    echo: pick(customerFields, ['id', 'firstName', 'lastName', 'email', 'phone', 'createdAt']),
    known,
  };
}

export type ReservieClient = ReturnType<typeof createReservieClient>;
