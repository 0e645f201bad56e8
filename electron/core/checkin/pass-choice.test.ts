// Core tests (pure): which pass pays, and the exact words when none can.
import { describe, expect, it } from 'vitest';
import { choosePass, passProblem, spendPending, type HeldPass } from './pass-choice';

const pass = (over: Partial<HeldPass> & { id: string }): HeldPass => ({
  passName: '10-Class Pass',
  remainingUses: 5,
  startDate: '2026-10-01',
  expiryDate: '2027-01-01',
  status: 'active',
  usedUpOn: null,
  ...over,
});
const today = '2026-12-01';

describe('a valid pass', () => {
  it('has started, has not expired, and has a use left', () => {
    expect(passProblem(pass({ id: 'a' }), today)).toBeNull();
  });

  it('is still valid on its expiry day and on its start day', () => {
    expect(passProblem(pass({ id: 'a', expiryDate: today }), today)).toBeNull();
    expect(passProblem(pass({ id: 'a', startDate: today }), today)).toBeNull();
  });

  it('with no dates at all is valid while it has uses', () => {
    expect(passProblem(pass({ id: 'a', startDate: null, expiryDate: null }), today)).toBeNull();
  });
});

describe('the reasons a pass cannot pay, in the words staff say', () => {
  it('used up, with the day when known', () => {
    expect(passProblem(pass({ id: 'a', remainingUses: 0, usedUpOn: '2026-11-12' }), today)?.message).toBe(
      '10-class pass used up on 12 Nov',
    );
    expect(passProblem(pass({ id: 'a', remainingUses: 0 }), today)?.message).toBe('10-class pass used up');
    expect(passProblem(pass({ id: 'a', status: 'exhausted', remainingUses: 2 }), today)?.code).toBe(
      'used_up',
    );
  });

  it('expired the day after its expiry date', () => {
    const p = pass({ id: 'a', passName: '5-Class Pass', expiryDate: '2026-11-03' });
    expect(passProblem(p, '2026-11-04')?.message).toBe('5-class pass expired on 3 Nov');
    expect(passProblem(p, '2026-11-03')).toBeNull();
  });

  it('expired when the back end says so, even before its date', () => {
    expect(passProblem(pass({ id: 'a', status: 'expired', expiryDate: '2026-12-20' }), today)?.message).toBe(
      '10-class pass expired',
    );
    expect(passProblem(pass({ id: 'a', status: 'expired', expiryDate: null }), today)?.message).toBe(
      '10-class pass expired',
    );
  });

  it('not started yet', () => {
    expect(passProblem(pass({ id: 'a', startDate: '2026-12-02' }), today)?.message).toBe(
      '10-class pass starts on 2 Dec',
    );
  });

  it('a status we do not know is not spent', () => {
    expect(passProblem(pass({ id: 'a', status: 'suspended' }), today)?.message).toBe(
      '10-class pass is suspended',
    );
  });
});

describe('choosing the pass', () => {
  it('picks the valid pass that expires first', () => {
    const passes = [
      pass({ id: 'late', expiryDate: '2027-03-01' }),
      pass({ id: 'soon', expiryDate: '2026-12-20' }),
      pass({ id: 'gone', expiryDate: '2026-11-20' }),
      pass({ id: 'never', expiryDate: null }),
    ];
    expect(choosePass(passes, today, null)).toMatchObject({ ok: true, pass: { id: 'soon' } });
  });

  it('a pass with no expiry goes last; equal expiry is settled by the earlier start, then the id', () => {
    expect(
      choosePass([pass({ id: 'never', expiryDate: null }), pass({ id: 'dated' })], today, null),
    ).toMatchObject({
      pass: { id: 'dated' },
    });
    const tie = [pass({ id: 'b', startDate: '2026-11-01' }), pass({ id: 'c', startDate: '2026-09-01' })];
    expect(choosePass(tie, today, null)).toMatchObject({ pass: { id: 'c' } });
    expect(choosePass([pass({ id: 'z' }), pass({ id: 'y' })], today, null)).toMatchObject({
      pass: { id: 'y' },
    });
  });

  it('takes the pass staff picked, if it is valid', () => {
    const passes = [
      pass({ id: 'soon', expiryDate: '2026-12-20' }),
      pass({ id: 'late', expiryDate: '2027-03-01' }),
    ];
    expect(choosePass(passes, today, 'late')).toMatchObject({ ok: true, pass: { id: 'late' } });
    expect(
      choosePass(
        [...passes, pass({ id: 'empty', remainingUses: 0, usedUpOn: '2026-11-12' })],
        today,
        'empty',
      ),
    ).toEqual({
      ok: false,
      reason: 'no_valid_pass',
      message: '10-class pass used up on 12 Nov',
      said: { code: 'pass.usedUp', pass: '10-Class Pass', on: '2026-11-12' },
      problems: [
        {
          code: 'used_up',
          passId: 'empty',
          message: '10-class pass used up on 12 Nov',
          said: { code: 'pass.usedUp', pass: '10-Class Pass', on: '2026-11-12' },
        },
      ],
    });
    expect(choosePass(passes, today, 'cp_someone_else')).toMatchObject({
      ok: false,
      reason: 'pass_not_held',
    });
  });

  it('says "no pass" when they hold none', () => {
    expect(choosePass([], today, null)).toEqual({
      ok: false,
      reason: 'no_pass',
      message: 'No pass',
      said: { code: 'passes.none' },
      problems: [],
    });
  });

  it('names every pass and what is wrong with it when none is valid', () => {
    const result = choosePass(
      [
        pass({ id: 'a', remainingUses: 0, usedUpOn: '2026-11-12', expiryDate: '2027-01-10' }),
        pass({ id: 'b', passName: '5-Class Pass', expiryDate: '2026-11-03' }),
      ],
      today,
      null,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'no_valid_pass',
      message: '5-class pass expired on 3 Nov; 10-class pass used up on 12 Nov',
    });
  });

  it('a use this desk spent offline counts: the last use cannot be spent twice', () => {
    const last = pass({ id: 'a', remainingUses: 1 });
    expect(choosePass([spendPending(last, 0)], today, null).ok).toBe(true);
    expect(choosePass([spendPending(last, 1)], today, null)).toMatchObject({
      ok: false,
      message: '10-class pass used up',
    });
  });
});
