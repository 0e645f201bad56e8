// Core tests (plain Node): Reservie v1 JSON -> records, with the documented examples and the gaps.
import { describe, expect, it } from 'vitest';
import { BackendError } from '../../http/errors';
import { parseReply } from '../parse';
import { V1Customer, V1CustomerPass, V1Event, V1Pass, v1List, v1Registration } from './mapping';

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

  it('accepts `data` as the list key, and reports an unreadable reply as SERVER_ERROR without its data', () => {
    expect(v1List('events', V1Pass).parse({ data: [{ id: 'p', name: 'P' }] }).rows).toHaveLength(1);
    let error: unknown;
    try {
      parseReply(
        v1List('customers', V1Customer),
        { customers: [{ firstName: 'secret-name' }] },
        'Reservie',
        'customers',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'SERVER_ERROR', message: expect.stringContaining('at rows.0.id') });
    expect((error as Error).message).not.toContain('secret-name');
  });
});
