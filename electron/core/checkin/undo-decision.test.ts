// Core tests (pure): undo within 5 minutes, and what it means before and after the write-back went.
import { describe, expect, it } from 'vitest';
import { CANCEL_IN_RESERVIE_NOTE, decideUndo, type UndoInput } from './undo-decision';

const input = (over: Partial<UndoInput> = {}): UndoInput => ({
  now: new Date('2026-12-01T09:06:00Z'),
  timeZone: 'Europe/London',
  checkIn: { id: 'desk-a:7', at: '2026-12-01T09:02:00Z' },
  undone: false,
  writeBack: 'waiting',
  ...over,
});

describe('undo', () => {
  it('before the write-back went: withdrawn from the queue, the use is back', () => {
    expect(decideUndo(input())).toEqual({
      allowed: true,
      withdrawWriteBack: true,
      note: null,
      noteSaid: null,
      message: 'Check-in undone; the pass use is back',
      said: { code: 'undo.useBack' },
    });
  });

  it('after it went: undone here, with a note that it must be cancelled in Reservie', () => {
    expect(decideUndo(input({ writeBack: 'sent' }))).toMatchObject({
      allowed: true,
      withdrawWriteBack: false,
      note: CANCEL_IN_RESERVIE_NOTE,
    });
  });

  it('a check-in with nothing to send (booked, Resmark) is simply undone', () => {
    expect(decideUndo(input({ writeBack: 'none' }))).toMatchObject({
      allowed: true,
      withdrawWriteBack: false,
      note: null,
    });
  });

  it('a refused write-back waiting for staff is withdrawn with the undo', () => {
    expect(decideUndo(input({ writeBack: 'needs_attention' }))).toMatchObject({
      allowed: true,
      withdrawWriteBack: true,
    });
  });

  it('not while a send is under way, whose outcome is unknown', () => {
    expect(decideUndo(input({ writeBack: 'sending' }))).toMatchObject({ allowed: false, reason: 'sending' });
  });

  it('is allowed at exactly 5 minutes and refused after', () => {
    expect(decideUndo(input({ now: new Date('2026-12-01T09:07:00Z') })).allowed).toBe(true);
    expect(decideUndo(input({ now: new Date('2026-12-01T09:07:01Z') }))).toEqual({
      allowed: false,
      reason: 'too_late',
      message: 'Too late to undo: check-ins can be undone for 5 minutes, and this one was at 09:02',
      said: { code: 'undo.tooLate', at: { at: '2026-12-01T09:02:00.000Z', clock: '09:02', otherDay: null } },
    });
  });

  it('only once', () => {
    expect(decideUndo(input({ undone: true }))).toMatchObject({ allowed: false, reason: 'already_undone' });
  });
});
