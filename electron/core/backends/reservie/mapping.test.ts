// Core tests (plain Node): Reservie v1 JSON -> records, with the documented examples and the gaps.
import { describe, expect, it } from 'vitest';
import { BackendError } from '../../http/errors';
import { parseReply } from '../parse';
import {
  expandEventRow,
  sessionIdFor,
  splitSessionId,
  V1Customer,
  V1CustomerPass,
  V1Event,
  V1Pass,
  v1List,
  v1Registration,
} from './mapping';

describe('Reservie v1 mapping', () => {
  it('maps the documented customer list (no phone, extra fields ignored)', () => {
    const body = {
      customers: [
        {
          id: 'cust_123',
          firstName: 'Jane',
          lastName: 'Smith',
          email: 'jane@example.com',
          createdAt: '2024-01-15T10:30:00Z',
          tags: ['x'],
        },
      ],
      total: 1,
      page: 1,
      perPage: 25,
    };
    const list = v1List('customers', V1Customer).parse(body);
    expect(list).toMatchObject({ total: 1, page: 1, perPage: 25 });
    expect(list.rows).toEqual([
      {
        id: 'cust_123',
        firstName: 'Jane',
        lastName: 'Smith',
        email: 'jane@example.com',
        phone: null,
        createdAt: '2024-01-15T10:30:00.000Z',
      },
    ]);
  });

  it('tolerates missing names and reads a mobile number as the phone', () => {
    expect(V1Customer.parse({ id: 7, mobile: '07700900123', email: '' })).toEqual({
      id: '7',
      firstName: '',
      lastName: '',
      email: null,
      phone: '07700900123',
      createdAt: null,
    });
  });

  it('maps an event to one session ending startsAt + durationMinutes', () => {
    const event = {
      id: 'evt_42',
      name: 'Monday Yoga',
      startsAt: '2026-03-03T09:00:00Z',
      durationMinutes: 60,
      capacity: 20,
      spacesAvailable: 7,
      waitingListEnabled: true,
      price: 1200,
      currency: 'GBP',
    };
    expect(V1Event.parse(event)).toEqual({
      id: 'evt_42',
      eventId: 'evt_42',
      name: 'Monday Yoga',
      startsAt: '2026-03-03T09:00:00.000Z',
      endsAt: '2026-03-03T10:00:00.000Z',
      capacity: 20,
      spacesAvailable: 7,
      price: 1200,
      currency: 'GBP',
    });
    const bare = V1Event.parse({ id: 'evt_1', name: 'Drop-in', startsAt: '2026-03-03T10:00:00+01:00' });
    expect(bare).toMatchObject({
      startsAt: '2026-03-03T09:00:00.000Z',
      endsAt: '2026-03-03T09:00:00.000Z',
      capacity: null,
      price: null,
      currency: null,
    });
  });

  it('maps pass types and customer passes (seed field names)', () => {
    expect(
      V1Pass.parse({
        id: 'pass_5',
        name: '10-Class Pass',
        credits: 10,
        price: 5000,
        validityPeriod: 3,
        validityUnit: 'months',
        createdAt: 'x',
      }),
    ).toEqual({
      id: 'pass_5',
      name: '10-Class Pass',
      credits: 10,
      price: 5000,
      validityPeriod: 3,
      validityUnit: 'months',
    });
    const seed = {
      id: 'cp_789',
      customerId: 'cust_123',
      passId: 'pass_456',
      remainingUses: 10,
      startDate: '2024-02-01',
      expiryDate: '2024-05-01',
      status: 'active',
    };
    expect(V1CustomerPass.parse(seed)).toEqual(seed);
    expect(
      V1CustomerPass.parse({ ...seed, remainingUses: '0', status: undefined, expiryDate: null }),
    ).toMatchObject({ remainingUses: 0, status: 'exhausted', expiryDate: null });
  });

  it('maps registrations, defaulting the session to the event listed', () => {
    const reg = {
      id: 'reg_900',
      eventId: 'evt_42',
      customerId: 'cust_123',
      spaces: 1,
      status: 'confirmed',
      paymentMethod: 'pass',
      customerPassId: 'cpass_7',
      attended: null,
      createdAt: '2026-03-01T08:00:00Z',
    };
    expect(v1Registration('evt_42').parse(reg)).toEqual({
      id: 'reg_900',
      sessionId: 'evt_42',
      customerId: 'cust_123',
      spaces: 1,
      status: 'confirmed',
      paymentMethod: 'pass',
      customerPassId: 'cpass_7',
      attended: null,
      createdAt: '2026-03-01T08:00:00.000Z',
    });
    expect(v1Registration('evt_9').parse({ id: 'r', customerId: 'c' })).toMatchObject({
      sessionId: 'evt_9',
      spaces: 1,
      status: 'confirmed',
      attended: null,
    });
  });

  it('accepts `data` as the list key, and reports an unreadable envelope as SERVER_ERROR without its data', () => {
    expect(v1List('events', V1Pass).parse({ data: [{ id: 'p', name: 'P' }] }).rows).toHaveLength(1);
    let error: unknown;
    try {
      parseReply(
        v1List('customers', V1Customer),
        { customers: 'secret-name', total: 1 },
        'Reservie',
        'customers',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'SERVER_ERROR', message: expect.stringContaining('at rows') });
    expect((error as Error).message).not.toContain('secret-name');
  });

  it('skips a row without an id and keeps the rest of the page (fix 1)', () => {
    const list = v1List('customers', V1Customer).parse({
      customers: [{ firstName: 'secret-name' }, { id: 'c2', firstName: 'Ann' }, null],
      total: 3,
    });
    expect(list.rows.map((c) => c.id)).toEqual(['c2']);
    expect(list).toMatchObject({ skipped: 2, received: 3, total: 3, fields: ['id', '(record)'] });
    expect(JSON.stringify(list.fields)).not.toContain('secret-name');
  });

  it('reads a null list, a missing list key and a bare array (fix 2)', () => {
    const customers = v1List('customers', V1Customer);
    expect(customers.parse({ customers: null, total: 0 })).toMatchObject({ rows: [], received: 0, total: 0 });
    expect(customers.parse({ total: 0, page: 1, perPage: 25 })).toMatchObject({ rows: [], received: 0 });
    expect(customers.parse([{ id: 1 }])).toMatchObject({ rows: [{ id: '1' }], total: null, perPage: null });
  });

  it('reads loosely typed fields where the notes leave room (fix 1)', () => {
    expect(V1Customer.parse({ id: 'c', createdAt: 1705314600, phone: 7700900123 })).toMatchObject({
      createdAt: '2024-01-15T10:30:00.000Z',
      phone: '7700900123',
    });
    expect(V1Customer.parse({ id: 'c', createdAt: '2024-01-15T10:30:00' }).createdAt).toBe(
      '2024-01-15T10:30:00.000Z',
    );
    expect(V1Customer.parse({ id: 'c', createdAt: '...' }).createdAt).toBeNull();
    expect(
      v1Registration('42').parse({ id: 900, customerId: 123, customerPassId: 7, attended: 1, spaces: '2' }),
    ).toMatchObject({ id: '900', customerId: '123', customerPassId: '7', attended: true, spaces: 2 });
    expect(
      v1Registration('42').parse({ id: 'r', customer: { id: 'cust_1' }, attended: 'false' }),
    ).toMatchObject({ customerId: 'cust_1', attended: false });
    expect(v1Registration('42').safeParse({ id: 'r' }).success).toBe(false);
    // remainingUses null: the notes never make null mean "unlimited", so no use is assumed left.
    expect(
      V1CustomerPass.parse({ id: 1, customerId: 2, passId: 3, remainingUses: null, startDate: 1706745600 }),
    ).toEqual({
      id: '1',
      customerId: '2',
      passId: '3',
      remainingUses: 0,
      startDate: '2024-02-01',
      expiryDate: null,
      status: 'exhausted',
    });
  });

  it('reads a zone-less startsAt as UTC, also on a machine in London (fix 4)', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      expect(
        V1Event.parse({ id: 'e', name: 'N', startsAt: '2026-06-03T09:00:00', durationMinutes: '60' }),
      ).toMatchObject({ startsAt: '2026-06-03T09:00:00.000Z', endsAt: '2026-06-03T10:00:00.000Z' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('Reservie v1 series events (§10.3)', () => {
  const series = {
    id: 'evt_7',
    name: 'Pottery course',
    durationMinutes: 90,
    capacity: 8,
    spacesAvailable: 3,
    price: 9000,
    currency: 'GBP',
    dates: [
      { id: 'date_1', startsAt: '2026-03-03T18:00:00Z', spacesAvailable: 2 },
      { id: 'date_2', datetime: '2026-03-10T18:00:00', tz: 'Europe/London', duration: 60, capacity: 6 },
      { startsAt: '2026-03-17T18:00:00Z' },
      { id: 'date_4', startsAt: 'soon' },
    ],
  };

  it('turns each date into its own session, skipping dates without an id or a start', () => {
    const list = v1List('events', V1Event, expandEventRow).parse({ events: [series], total: 1 });
    expect(list).toMatchObject({ received: 1, skipped: 2, total: 1 });
    expect(list.rows).toEqual([
      {
        id: 'evt_7#date_1',
        eventId: 'evt_7',
        name: 'Pottery course',
        startsAt: '2026-03-03T18:00:00.000Z',
        endsAt: '2026-03-03T19:30:00.000Z',
        capacity: 8,
        spacesAvailable: 2,
        price: 9000,
        currency: 'GBP',
      },
      {
        id: 'evt_7#date_2',
        eventId: 'evt_7',
        name: 'Pottery course',
        startsAt: '2026-03-10T18:00:00.000Z',
        endsAt: '2026-03-10T19:00:00.000Z',
        capacity: 6,
        // The event-wide count says nothing about one date.
        spacesAvailable: null,
        price: 9000,
        currency: 'GBP',
      },
    ]);
  });

  it('keeps a single-session event as one session whose id is the event id', () => {
    const single = { id: 'evt_42', name: 'Yoga', startsAt: '2026-03-03T09:00:00Z', dates: [] };
    expect(v1List('events', V1Event, expandEventRow).parse({ events: [single] }).rows).toMatchObject([
      { id: 'evt_42', eventId: 'evt_42' },
    ]);
  });

  it("maps a registration carrying dateId to that date's session, and splits the id back", () => {
    const sessions = v1List('events', V1Event, expandEventRow).parse({ events: [series] }).rows;
    const reg = v1Registration('evt_7').parse({ id: 'reg_1', customerId: 'c', dateId: 'date_2' });
    expect(sessions.map((s) => s.id)).toContain(reg.sessionId);
    expect(reg.sessionId).toBe(sessionIdFor('evt_7', 'date_2'));
    expect(splitSessionId(reg.sessionId)).toEqual({ eventId: 'evt_7', dateId: 'date_2' });
    expect(splitSessionId('evt_42')).toEqual({ eventId: 'evt_42', dateId: null });
    // A new registration for a date whose reply does not repeat the date.
    expect(v1Registration('evt_7', 'date_1').parse({ id: 'reg_2', customerId: 'c' }).sessionId).toBe(
      'evt_7#date_1',
    );
  });
});
