// Core (plain Node): Reservie v1 JSON -> cache records. Tolerant by design: extra fields are
// ignored and fields the docs leave open may be missing or differently typed (reservie.md §7
// marks most shapes [A]); only a record without an id (or a session without a start) is skipped.
import { z } from 'zod';
import type {
  CustomerPassRecord,
  CustomerRecord,
  PassRecord,
  RegistrationRecord,
  SessionRecord,
} from '../../store/records';
import {
  anyValue,
  idString,
  isObject,
  listRows,
  optBool,
  optId,
  optInstant,
  optNumber,
  optText,
  readEach,
  readId,
  readInstant,
  type JsonObject,
} from '../parse';

/** Names are never null in the cache: a missing one is "". */
const name = optText.transform((v) => v ?? '');

/** A calendar day ("2024-02-01") kept as sent; an epoch number becomes its UTC day. */
const optDate = anyValue.transform((v): string | null => {
  if (typeof v === 'string') return v === '' ? null : v;
  return typeof v === 'number' ? (readInstant(v)?.slice(0, 10) ?? null) : null;
});

// ---------------------------------------------------------------- sessions: (event, date) pairs

/**
 * A series date's session id. §10.3 [A]: "v1 events are single sessions (`startsAt`), or
 * registrations carry `dateId` for series; client normalises both into (event, session) pairs."
 * A single-session event keeps its event id as the session id. `#` cannot occur in an id that
 * is also a URL path segment, so the pair splits back unambiguously.
 */
const SESSION_SEPARATOR = '#';

export function sessionIdFor(eventId: string, dateId: string | null): string {
  return dateId === null ? eventId : `${eventId}${SESSION_SEPARATOR}${dateId}`;
}

/** The event (for the URL) and date (if a series session) behind a session id. */
export function splitSessionId(sessionId: string): { eventId: string; dateId: string | null } {
  const at = sessionId.indexOf(SESSION_SEPARATOR);
  return at < 0
    ? { eventId: sessionId, dateId: null }
    : { eventId: sessionId.slice(0, at), dateId: sessionId.slice(at + 1) };
}

// ---------------------------------------------------------------- records

/** Customer fields as v1 sends them (§7 example); `mobile` is the v2 name of the phone. */
export const customerFields = {
  id: idString,
  firstName: name,
  lastName: name,
  email: optText,
  phone: optText,
  mobile: optText,
  createdAt: optInstant,
};

export const V1Customer = z.looseObject(customerFields).transform((c): CustomerRecord => ({
  id: c.id,
  firstName: c.firstName,
  lastName: c.lastName,
  email: c.email,
  phone: c.phone ?? c.mobile,
  createdAt: c.createdAt,
}));

const eventFields = {
  id: idString,
  /** Set on a series date (see expandEventRow), or by a server that names the date itself. */
  dateId: optId,
  name,
  startsAt: anyValue,
  endsAt: anyValue,
  /** v2-style dates carry naive local times plus a zone (§8.6, §10.13). */
  tz: optText,
  durationMinutes: optNumber,
  capacity: optNumber,
  spacesAvailable: optNumber,
  price: optNumber,
  currency: optText,
};

/** One session: a single-session event (§7 [A] shape), or one date of a series. */
export const V1Event = z.looseObject(eventFields).transform((e, ctx): SessionRecord => {
  const startsAt = readInstant(e.startsAt, e.tz);
  if (startsAt === null) {
    ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'not a date-time' });
    return z.NEVER;
  }
  return {
    id: sessionIdFor(e.id, e.dateId),
    eventId: e.id,
    name: e.name,
    startsAt,
    // Without a duration or an end we cannot invent one; a zero-length session still sorts and displays.
    endsAt:
      e.durationMinutes !== null
        ? new Date(Date.parse(startsAt) + e.durationMinutes * 60_000).toISOString()
        : (readInstant(e.endsAt, e.tz) ?? startsAt),
    capacity: e.capacity,
    spacesAvailable: e.spacesAvailable,
    price: e.price,
    currency: e.currency,
  };
});

/**
 * One date of a series as a raw single-session row. The date's own fields win; capacity, price
 * and duration fall back to the event's, but not spacesAvailable: an event-wide count says
 * nothing about one date. A date without an id cannot be linked to its registrations: null, so
 * it is skipped.
 */
function dateSession(event: JsonObject, date: unknown): JsonObject | null {
  if (!isObject(date) || readId(date.id) === null) return null;
  const end = date.endsAt ?? date.end ?? date.endTime;
  return {
    id: event.id,
    dateId: date.id,
    name: date.name ?? event.name,
    startsAt: date.startsAt ?? date.datetime ?? date.start ?? date.startTime,
    endsAt: end,
    durationMinutes:
      date.durationMinutes ??
      date.duration ??
      (end === undefined ? (event.durationMinutes ?? event.duration) : undefined),
    tz: date.tz ?? event.tz,
    capacity: date.capacity ?? event.capacity,
    spacesAvailable: date.spacesAvailable,
    price: date.price ?? event.price,
    currency: date.currency ?? event.currency,
  };
}

/** An event with a non-empty `dates` array is a series: one row per date; any other row is one session. */
export function expandEventRow(row: unknown): unknown[] {
  if (!isObject(row) || !Array.isArray(row.dates) || row.dates.length === 0) return [row];
  return row.dates.map((date) => dateSession(row, date));
}

export const passFields = {
  id: idString,
  name,
  credits: optNumber,
  price: optNumber,
  validityPeriod: optNumber,
  validityUnit: optText,
};

export const V1Pass = z.looseObject(passFields).transform((p): PassRecord => ({
  id: p.id,
  name: p.name,
  credits: p.credits,
  price: p.price,
  validityPeriod: p.validityPeriod,
  validityUnit: p.validityUnit,
}));

/** Field names as in the seed document (reservie.md §7): remainingUses, startDate, expiryDate, status. */
export const customerPassFields = {
  id: idString,
  customerId: idString,
  passId: idString,
  /**
   * The seed shows a number; nothing in the notes makes null mean "unlimited" (v2 writes an
   * unlimited pass as 999 credits, §8.7). So a missing or null count is 0: the desk never
   * spends a use the server may not have.
   */
  remainingUses: optNumber.transform((v) => v ?? 0),
  startDate: optDate,
  expiryDate: optDate,
  status: optText,
};

export const V1CustomerPass = z.looseObject(customerPassFields).transform((p): CustomerPassRecord => ({
  id: p.id,
  customerId: p.customerId,
  passId: p.passId,
  remainingUses: p.remainingUses,
  startDate: p.startDate,
  expiryDate: p.expiryDate,
  status: p.status ?? (p.remainingUses > 0 ? 'active' : 'exhausted'),
}));

export const registrationFields = {
  id: idString,
  eventId: optId,
  dateId: optId,
  customerId: optId,
  /** Some servers nest the person instead: `customer: { id }`. */
  customer: anyValue,
  spaces: optNumber,
  status: optText,
  paymentMethod: optText,
  customerPassId: optId,
  attended: optBool,
  createdAt: optInstant,
};

/**
 * `eventId` is the event the list was read from (registrations may leave it out); `dateId` the
 * series date a new registration was made for, when the reply does not say.
 */
export function v1Registration(eventId: string, dateId: string | null = null) {
  return z.looseObject(registrationFields).transform((r, ctx): RegistrationRecord => {
    const customerId = r.customerId ?? (isObject(r.customer) ? readId(r.customer.id) : null);
    if (customerId === null) {
      ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'no customer' });
      return z.NEVER;
    }
    return {
      id: r.id,
      // A series registration names its date (§10.3): same id as that date's session.
      sessionId: sessionIdFor(r.eventId ?? eventId, r.dateId ?? dateId),
      customerId,
      spaces: r.spaces ?? 1,
      status: r.status ?? 'confirmed',
      paymentMethod: r.paymentMethod,
      customerPassId: r.customerPassId,
      attended: r.attended,
      createdAt: r.createdAt,
    };
  });
}

// ---------------------------------------------------------------- lists

const V1Envelope = z.looseObject({
  rows: z.array(z.unknown()),
  total: optNumber,
  page: optNumber,
  perPage: optNumber,
});

/**
 * A v1 list: `{ <key>: [...], total, page, perPage }` (§6). The key for resources beyond customers
 * is an assumption, so `data` and `items` are accepted too, and so is a bare array; a null or
 * missing list is an empty page. Rows are read one by one (`expand` first turns a row into
 * several, e.g. a series event into its dates); unreadable ones are counted in `skipped`.
 * `received` is the number of rows the server sent, before expanding or skipping.
 */
export function v1List<T>(key: string, item: z.ZodType<T>, expand?: (row: unknown) => unknown[]) {
  return z
    .preprocess((body) => {
      const rows = listRows(body, [key, 'data', 'items']);
      return isObject(body) ? { ...body, rows } : { rows };
    }, V1Envelope)
    .transform((r) => {
      const read = readEach(item, expand ? r.rows.flatMap(expand) : r.rows);
      return {
        rows: read.items,
        skipped: read.skipped,
        fields: read.fields,
        received: r.rows.length,
        total: r.total,
        page: r.page,
        perPage: r.perPage,
      };
    });
}
