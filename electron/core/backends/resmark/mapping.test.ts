// Core tests (plain Node): Resmark `data` -> records, with the documented examples and the gaps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendError } from '../../http/errors';
import { readSlots, RmCart, RmInventory, RmOrder, RmProduct, toSlots } from './mapping';
import { readToken } from './resmark-transport';

describe('Resmark mapping', () => {
  it('maps the documented product', () => {
    const product = {
      id: '588a65d9621edaec1a1b70d6',
      productCode: 'KAYAK-AM',
      name: 'Morning Kayak',
      productNumber: 94175,
      price: '$129.00',
      quantityLabel: 'Guest',
      quantityType: 'participant',
      dateless: false,
      ageRestrictions: null,
      location: [{ id: 'l', name: 'Main dock' }],
    };
    expect(RmProduct.parse(product)).toEqual({
      id: '588a65d9621edaec1a1b70d6',
      productNumber: 94175,
      productCode: 'KAYAK-AM',
      name: 'Morning Kayak',
      quantityLabel: 'Guest',
      dateless: false,
      lastModified: null,
    });
    expect(RmProduct.parse({ id: 'p', name: 'X', lastModified: '2026-03-01T10:00:00Z' }).lastModified).toBe(
      '2026-03-01T10:00:00.000Z',
    );
  });

  it('flattens inventory days into slots', () => {
    const data = {
      items: [
        {
          date: '2022-05-03',
          timesAvailable: [
            {
              activityId: '61ca43f8ec8b040018883c9a',
              startTime: '2022-05-03T09:00:00.000Z',
              endTime: '2022-05-03T12:00:00.000Z',
              price: { All: 129 },
              tiersAvailable: { '*': 12 },
            },
          ],
        },
        { date: '2022-05-04' },
      ],
    };
    expect(toSlots('p1', RmInventory.parse(data))).toEqual([
      {
        activityId: '61ca43f8ec8b040018883c9a',
        productId: 'p1',
        startTime: '2022-05-03T09:00:00.000Z',
        endTime: '2022-05-03T12:00:00.000Z',
        prices: { All: 129 },
        tiersAvailable: { '*': 12 },
      },
    ]);
    expect(toSlots('p1', RmInventory.parse([]))).toEqual([]);
  });

  it('maps an order as public clients see it', () => {
    const order = {
      id: 'sess-1',
      confirmation: 1234567,
      createdDate: '2022-05-01T17:02:11.000Z',
      createdBy: 'API User',
      customer: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
      items: [
        { date: { startTime: '2022-05-03T09:00:00.000Z', endTime: '2022-05-03T12:00:00.000Z' }, total: 258 },
        {
          activityId: 'a2',
          product: { id: 'p2', name: 'Sunset' },
          participants: { Adult: '2', Child: 1 },
          total: 10,
        },
        { itemId: 'a3', participantList: [{ tier: 'Adult' }, { priceTier: 'Adult' }, {}], total: null },
      ],
    };
    const record = RmOrder.parse(order);
    expect(record).toMatchObject({
      id: 'sess-1',
      confirmation: '1234567',
      referenceId: null,
      createdDate: '2022-05-01T17:02:11.000Z',
      firstName: 'Ann',
      phone: null,
      total: null,
    });
    expect(record.items).toEqual([
      {
        index: 0,
        activityId: null,
        productId: null,
        productName: null,
        startTime: '2022-05-03T09:00:00.000Z',
        endTime: '2022-05-03T12:00:00.000Z',
        participants: {},
        total: 258,
      },
      {
        index: 1,
        activityId: 'a2',
        productId: 'p2',
        productName: 'Sunset',
        startTime: null,
        endTime: null,
        participants: { Adult: 2, Child: 1 },
        total: 10,
      },
      {
        index: 2,
        activityId: 'a3',
        productId: null,
        productName: null,
        startTime: null,
        endTime: null,
        participants: { Adult: 2, All: 1 },
        total: null,
      },
    ]);
  });

  it('tolerates an order with nothing but an id, and sums item totals when the order has none', () => {
    expect(RmOrder.parse({ id: 'x' })).toMatchObject({
      id: 'x',
      confirmation: 'x',
      createdDate: '',
      items: [],
      total: null,
      email: null,
    });
    expect(RmOrder.parse({ id: 'y', items: [{ total: 5 }, { total: 7.5 }] }).total).toBe(12.5);
  });

  it('maps the documented new cart', () => {
    const cart = {
      id: 'f81b20b0-c6d6-4375-a149-9b24addb7a3f',
      entityId: 'e',
      createdDate: '2021-12-15T21:31:39.195Z',
      customer: {},
      items: [],
      total: 0,
    };
    expect(RmCart.parse(cart)).toEqual({
      id: 'f81b20b0-c6d6-4375-a149-9b24addb7a3f',
      total: 0,
      items: [],
      lockExpiresDate: null,
      status: null,
    });
  });
});

describe('Resmark mapping, lenient fields (fix 1)', () => {
  it('reads product numbers and flags sent as text, and ignores unknown fields', () => {
    expect(
      RmProduct.parse({ id: 'p', productNumber: '94175', dateless: 'true', name: null, extra: { x: 1 } }),
    ).toEqual({
      id: 'p',
      productNumber: 94175,
      productCode: null,
      name: '',
      quantityLabel: null,
      dateless: true,
      lastModified: null,
    });
    // Not a number at all: the product is still usable, only its number is unknown.
    expect(RmProduct.parse({ id: 'p', productNumber: 'KAY-1', dateless: 'false' })).toMatchObject({
      productNumber: null,
      dateless: false,
    });
    expect(RmProduct.safeParse({ name: 'no id' }).success).toBe(false);
  });

  it('reads order fields in the other types servers send', () => {
    const order = RmOrder.parse({
      confirmation: 1234567,
      referenceId: 98765,
      total: '$258.00',
      customer: { firstName: 'Ann', phone: 5551234 },
      items: [
        { date: '2022-05-03', startTime: '09:00', endTime: '12:00', product: '588a65d9', total: '129' },
        { date: '2022-05-04T10:00:00Z', product: { id: 'p2', name: 'Sunset' } },
        'junk',
        { activityId: 'a4', participants: { Adult: 'two' } },
      ],
    });
    expect(order).toMatchObject({
      // GET /order/{id} takes the confirmation number too, so it identifies an order without an id.
      id: '1234567',
      confirmation: '1234567',
      referenceId: '98765',
      phone: '5551234',
      total: 258,
    });
    expect(order.items).toEqual([
      {
        index: 0,
        activityId: null,
        productId: '588a65d9',
        productName: null,
        startTime: '2022-05-03T09:00:00.000Z',
        endTime: '2022-05-03T12:00:00.000Z',
        participants: {},
        total: 129,
      },
      {
        index: 1,
        activityId: null,
        productId: 'p2',
        productName: 'Sunset',
        startTime: '2022-05-04T10:00:00.000Z',
        endTime: null,
        participants: {},
        total: null,
      },
      {
        index: 3,
        activityId: 'a4',
        productId: null,
        productName: null,
        startTime: null,
        endTime: null,
        participants: {},
        total: null,
      },
    ]);
    expect(RmOrder.safeParse({ customer: { firstName: 'No id' } }).success).toBe(false);
  });
});

describe('Resmark inventory times (fix 4)', () => {
  // A machine in London: zone-less and bare slot times must still be read as UTC (§8.13 [A]).
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/London';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  const slot = (t: object) => ({ activityId: 'a', price: { All: 129 }, tiersAvailable: { '*': 12 }, ...t });

  it('reads zone-less and bare times as UTC on the day, crossing midnight when the end is earlier', () => {
    const data = {
      items: [
        {
          date: '2022-07-03',
          timesAvailable: [
            slot({ startTime: '2022-07-03T09:00:00', endTime: '2022-07-03T12:00:00' }),
            slot({ activityId: 'b', startTime: '09:00', endTime: '12:00:00' }),
            slot({ activityId: 'c', startTime: '22:00', endTime: '01:30' }),
          ],
        },
      ],
    };
    expect(toSlots('p1', RmInventory.parse(data)).map((s) => [s.activityId, s.startTime, s.endTime])).toEqual(
      [
        ['a', '2022-07-03T09:00:00.000Z', '2022-07-03T12:00:00.000Z'],
        ['b', '2022-07-03T09:00:00.000Z', '2022-07-03T12:00:00.000Z'],
        ['c', '2022-07-03T22:00:00.000Z', '2022-07-04T01:30:00.000Z'],
      ],
    );
  });

  it('skips only the slot it cannot use, and reads scalar prices and seat counts', () => {
    const data = {
      items: [
        {
          date: '2022-05-03',
          timesAvailable: [
            slot({ activityId: null, startTime: '09:00' }),
            slot({ startTime: 'morning' }),
            { activityId: 'ok', startTime: '10:00', price: 129, tiersAvailable: '12' },
          ],
        },
        'not a day',
      ],
    };
    const read = readSlots('p1', RmInventory.parse(data));
    expect(read.items).toEqual([
      {
        activityId: 'ok',
        productId: 'p1',
        startTime: '2022-05-03T10:00:00.000Z',
        endTime: '2022-05-03T10:00:00.000Z',
        prices: { All: 129 },
        tiersAvailable: { '*': 12 },
      },
    ]);
    expect(read).toMatchObject({ skipped: 2 });
    expect(read.fields.sort()).toEqual(['activityId', 'startTime']);
  });

  it('reads no inventory from null, {} or a null list (fix 2)', () => {
    for (const data of [null, {}, { items: null }, []])
      expect(toSlots('p', RmInventory.parse(data))).toEqual([]);
  });
});

describe('readToken', () => {
  it('takes the raw body, or a JSON-encoded string, as the token', () => {
    expect(readToken('eyJabc.def.ghi\n')).toBe('eyJabc.def.ghi');
    expect(readToken('"tok-1"')).toBe('tok-1');
    expect(readToken('{"errorMessage":null,"data":"tok-2"}')).toBe('tok-2');
  });
  it('treats a refusal envelope as wrong credentials, and HTML as an error page', () => {
    expect(() => readToken('{"errorMessage":"Invalid API key","data":null}')).toThrow(
      expect.objectContaining({ code: 'UNAUTHORIZED' }) as unknown as Error,
    );
    const e = (() => {
      try {
        readToken('<html>oops</html>');
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(BackendError);
    expect(e).toMatchObject({ code: 'SERVER_ERROR' });
    expect(() => readToken('')).toThrow(BackendError);
  });
});

describe('RmCart lock', () => {
  it('takes the soonest item lock, else the cart lock, and the status', () => {
    const cart = {
      id: 'c1',
      status: 'open',
      lockExpiresDate: '2026-03-03T09:00:00Z',
      items: [
        { activityId: 'a', total: 1, lockExpiresDate: '2026-03-03T08:40:00.000Z' },
        { activityId: 'b', total: 1, lockExpiresDate: '2026-03-03T08:30:00.000Z' },
      ],
    };
    expect(RmCart.parse(cart)).toMatchObject({ lockExpiresDate: '2026-03-03T08:30:00.000Z', status: 'open' });
    expect(RmCart.parse({ ...cart, items: [] }).lockExpiresDate).toBe('2026-03-03T09:00:00.000Z');
  });
});
