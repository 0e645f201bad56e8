// Core (plain Node): Reservie v1 JSON -> cache records. Tolerant by design: extra fields are
// ignored and fields the docs leave open may be missing (reservie.md §7 marks most shapes [A]).
import { z } from 'zod';
import type {
  CustomerPassRecord,
  CustomerRecord,
  PassRecord,
  RegistrationRecord,
  SessionRecord,
} from '../../store/records';
import { idString, instant, looseNumber, optInstant, optNumber, optText } from '../parse';

const name = z
  .string()
  .nullish()
  .transform((v) => v ?? '');

export const V1Customer = z
  .looseObject({
    id: idString,
    firstName: name,
    lastName: name,
    email: optText,
    phone: optText,
    mobile: optText,
    createdAt: optInstant,
  })
  .transform((c): CustomerRecord => ({
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone ?? c.mobile,
    createdAt: c.createdAt,
  }));

/** v1 events are single sessions (reservie.md §10.3): one event -> one SessionRecord. */
export const V1Event = z
  .looseObject({
    id: idString,
    name,
    startsAt: instant,
    endsAt: optInstant,
    durationMinutes: optNumber,
    capacity: optNumber,
    spacesAvailable: optNumber,
    price: optNumber,
    currency: optText,
  })
  .transform((e): SessionRecord => ({
    id: e.id,
    eventId: e.id,
    name: e.name,
    startsAt: e.startsAt,
    // Without a duration we cannot invent an end; a zero-length session still sorts and displays.
    endsAt:
      e.durationMinutes !== null
        ? new Date(Date.parse(e.startsAt) + e.durationMinutes * 60_000).toISOString()
        : (e.endsAt ?? e.startsAt),
    capacity: e.capacity,
    spacesAvailable: e.spacesAvailable,
    price: e.price,
    currency: e.currency,
  }));

export const V1Pass = z
  .looseObject({
    id: idString,
    name,
    credits: optNumber,
    price: optNumber,
    validityPeriod: optNumber,
    validityUnit: optText,
  })
  .transform((p): PassRecord => ({
    id: p.id,
    name: p.name,
    credits: p.credits,
    price: p.price,
    validityPeriod: p.validityPeriod,
    validityUnit: p.validityUnit,
  }));

/** Field names as in the seed document (reservie.md §7): remainingUses, startDate, expiryDate, status. */
export const V1CustomerPass = z
  .looseObject({
    id: idString,
    customerId: idString,
    passId: idString,
    remainingUses: looseNumber,
    startDate: optText,
    expiryDate: optText,
    status: optText,
  })
  .transform((p): CustomerPassRecord => ({
    id: p.id,
    customerId: p.customerId,
    passId: p.passId,
    remainingUses: p.remainingUses,
    startDate: p.startDate,
    expiryDate: p.expiryDate,
    status: p.status ?? (p.remainingUses > 0 ? 'active' : 'exhausted'),
  }));

const V1Registration = z.looseObject({
  id: idString,
  eventId: idString.nullish(),
  dateId: idString.nullish(),
  customerId: idString,
  spaces: optNumber,
  status: optText,
  paymentMethod: optText,
  customerPassId: optText,
  attended: z.boolean().nullish(),
  createdAt: optInstant,
});

/** `eventId` is the event the list was read from: registrations may leave it out. */
export function v1Registration(eventId: string) {
  return V1Registration.transform((r): RegistrationRecord => ({
    id: r.id,
    // A series-style registration names its date (§10.3); otherwise the event is the session.
    sessionId: r.dateId ?? r.eventId ?? eventId,
    customerId: r.customerId,
    spaces: r.spaces ?? 1,
    status: r.status ?? 'confirmed',
    paymentMethod: r.paymentMethod,
    customerPassId: r.customerPassId,
    attended: r.attended ?? null,
    createdAt: r.createdAt,
  }));
}

/**
 * A v1 list: `{ <key>: [...], total, page, perPage }` (§6). The key for resources beyond customers
 * is an assumption, so `data` and `items` are accepted too.
 */
export function v1List<T extends z.ZodType>(key: string, item: T) {
  return z.preprocess(
    (body) => {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
      const b = body as Record<string, unknown>;
      return { ...b, rows: b[key] ?? b.data ?? b.items };
    },
    z.looseObject({ rows: z.array(item), total: optNumber, page: optNumber, perPage: optNumber }),
  );
}
