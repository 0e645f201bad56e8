// Unit tests (pure): the Reservie walk-up form's rules — e-mail and a new customer's names checked
// before anything is queued, each wrong field named; which ways to pay are offered; the waiting
// list offer of a full session; the request the checkout sends.
import { describe, expect, it } from 'vitest';
import type { ReservieSaleOptions } from '../../../../../shared/domain/sales';
import {
  checkEmail,
  checkNames,
  paymentKinds,
  reservieDraft,
  waitingListOffer,
  type ReservieForm,
} from './reservie-sale-form';

const session: ReservieSaleOptions['session'] = {
  id: 'evt_1',
  name: 'Morning Flow',
  startsAt: '2026-12-01T10:00:00Z',
  spacesAvailable: 4,
  full: false,
  waitingList: false,
  price: { minor: 1200, currency: 'GBP', formatted: '£12.00' },
};
const options = (over: Partial<ReservieSaleOptions> = {}): ReservieSaleOptions => ({
  session,
  customer: null,
  checkedLive: true,
  passes: [],
  passTypes: [],
  ...over,
});
const form = (over: Partial<ReservieForm> = {}): ReservieForm => ({
  sessionId: 'evt_1',
  email: ' new.person@example.com ',
  known: false,
  firstName: ' New ',
  lastName: ' Person ',
  kind: 'pay',
  customerPassId: null,
  passId: null,
  tender: 'cash',
  joinWaitingList: false,
  ...over,
});

describe('checkEmail', () => {
  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['ann', 'invalid'],
    ['ann@example', 'invalid'],
    ['ann smith@example.com', 'invalid'],
    [`${'a'.repeat(250)}@example.com`, 'tooLong'],
  ])('%j is refused as %s', (email, code) => {
    expect(checkEmail(email)).toEqual({ field: 'email', code });
  });
  it('accepts an address with spaces around it', () => {
    expect(checkEmail('  ann@example.com ')).toBeNull();
  });
});

describe('checkNames', () => {
  it('names each missing or too long name', () => {
    expect(checkNames({ firstName: ' ', lastName: 'x'.repeat(101) })).toEqual([
      { field: 'firstName', code: 'required' },
      { field: 'lastName', code: 'tooLong' },
    ]);
    expect(checkNames({ firstName: 'Ann', lastName: 'Smith' })).toEqual([]);
  });
});

describe('paymentKinds', () => {
  it('offers a held pass only to a known customer with one, a pass sale when there are pass types, and paying always', () => {
    expect(paymentKinds(options())).toEqual(['pay']);
    const pass = { id: 'cp_1', passName: '10-Class Pass', remainingUses: 3, expiryDate: null };
    const type = { id: 'pass_1', name: '10-Class Pass', credits: 10, price: null };
    const known = { id: 'c1', firstName: 'A', lastName: 'B', email: 'a@b.co', foundIn: 'cache' as const };
    expect(paymentKinds(options({ passes: [pass], passTypes: [type] }))).toEqual(['buyPass', 'pay']);
    expect(paymentKinds(options({ customer: known, passes: [pass], passTypes: [type] }))).toEqual([
      'usePass',
      'buyPass',
      'pay',
    ]);
  });
});

describe('waitingListOffer', () => {
  it('is open with places; join, none or unknown when full', () => {
    expect(waitingListOffer(session)).toBe('open');
    expect(waitingListOffer({ ...session, full: true, waitingList: true })).toBe('join');
    expect(waitingListOffer({ ...session, full: true, waitingList: false })).toBe('none');
    expect(waitingListOffer({ ...session, full: true, waitingList: null })).toBe('unknown');
  });
});

describe('reservieDraft', () => {
  it('a new customer paying cash: trimmed names and e-mail', () => {
    expect(reservieDraft(form())).toEqual({
      ok: true,
      draft: {
        backend: 'reservie',
        sessionId: 'evt_1',
        email: 'new.person@example.com',
        firstName: 'New',
        lastName: 'Person',
        payment: { kind: 'pay', tender: 'cash' },
        joinWaitingList: false,
      },
    });
  });

  it('a known customer sends no names; a held pass needs no tender', () => {
    const r = reservieDraft(
      form({
        known: true,
        firstName: '',
        lastName: '',
        kind: 'usePass',
        customerPassId: 'cp_1',
        tender: null,
      }),
    );
    expect(r).toMatchObject({ ok: true, draft: { payment: { kind: 'usePass', customerPassId: 'cp_1' } } });
    expect(r.ok && 'firstName' in r.draft).toBe(false);
  });

  it('a pass sold at the desk with its tender, and the waiting list when asked', () => {
    expect(
      reservieDraft(form({ kind: 'buyPass', passId: 'pass_1', tender: 'card', joinWaitingList: true })),
    ).toMatchObject({
      ok: true,
      draft: { payment: { kind: 'buyPass', passId: 'pass_1', tender: 'card' }, joinWaitingList: true },
    });
  });

  it('names every problem at once, so staff fix them in one go', () => {
    expect(reservieDraft(form({ email: 'nope', firstName: '', lastName: '', tender: null }))).toEqual({
      ok: false,
      problems: [
        { field: 'email', code: 'invalid' },
        { field: 'firstName', code: 'required' },
        { field: 'lastName', code: 'required' },
        { field: 'payment', code: 'tender' },
      ],
    });
    expect(reservieDraft(form({ kind: 'buyPass', passId: null }))).toEqual({
      ok: false,
      problems: [{ field: 'payment', code: 'passType' }],
    });
    expect(reservieDraft(form({ known: true, kind: 'usePass' }))).toEqual({
      ok: false,
      problems: [{ field: 'payment', code: 'pass' }],
    });
  });
});
