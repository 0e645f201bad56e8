import { describe, expect, it } from 'vitest';
import { checkParticipants, checkReservieCustomer, checkResmarkCustomer } from './sale-validation';

describe('checkReservieCustomer', () => {
  it('asks for first name, last name and e-mail before anything is queued', () => {
    expect(checkReservieCustomer({ firstName: ' ', lastName: null })).toEqual({
      ok: false,
      problems: [
        { field: 'firstName', message: 'First name is required.' },
        { field: 'lastName', message: 'Last name is required.' },
        { field: 'email', message: 'E-mail is required.' },
      ],
    });
    const bad = checkReservieCustomer({ firstName: 'Ann', lastName: 'Lee', email: 'ann@' });
    expect(bad).toEqual({
      ok: false,
      problems: [{ field: 'email', message: '"ann@" is not an e-mail address.' }],
    });
  });

  it('trims and keeps a phone only when given', () => {
    expect(
      checkReservieCustomer({ firstName: ' Ann ', lastName: 'Lee', email: ' ann@example.com ' }),
    ).toEqual({
      ok: true,
      value: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
    });
  });
});

describe('checkResmarkCustomer', () => {
  it('needs an e-mail only for an e-mailed confirmation', () => {
    expect(checkResmarkCustomer({ firstName: 'A', lastName: 'B' }, false)).toEqual({
      ok: true,
      value: { firstName: 'A', lastName: 'B' },
    });
    expect(checkResmarkCustomer({ firstName: 'A', lastName: 'B' }, true)).toMatchObject({
      ok: false,
      problems: [{ field: 'email' }],
    });
  });
});

describe('checkParticipants', () => {
  const slot = { prices: { Adult: 19.99, Child: 9.5 } };

  it('prices each tier in minor units and totals them', () => {
    const r = checkParticipants(slot, { Adult: 3, Child: 1 }, 'GBP');
    expect(r).toMatchObject({
      ok: true,
      value: { participants: { Adult: 3, Child: 1 }, seats: 4, total: { minor: 6947, currency: 'GBP' } },
    });
  });

  it('refuses unknown tiers, bad counts and nobody at all', () => {
    expect(checkParticipants(slot, { Senior: 1 }, 'GBP')).toEqual({
      ok: false,
      problems: [
        { field: 'participants.Senior', message: '"Senior" is not a price tier here (tiers: Adult, Child).' },
      ],
    });
    expect(checkParticipants(slot, { Adult: 1.5, Child: -1 }, 'GBP')).toMatchObject({
      ok: false,
      problems: [{ field: 'participants.Adult' }, { field: 'participants.Child' }],
    });
    expect(checkParticipants(slot, { Adult: 0 }, 'GBP')).toEqual({
      ok: false,
      problems: [{ field: 'participants', message: 'Add at least one participant.' }],
    });
  });
});
