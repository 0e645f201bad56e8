// Unit (Node): the check-in store preselects the core's defaults, sends staff's picks, keeps the
// outcome beside fresh options, and offers Undo for 5 minutes only.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { CheckInOptions, CheckInOutcome, CheckInRequest } from '../../../../shared/domain/checkin';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { canOfferUndo, createCheckInStore, UNDO_OFFER_MS } from './checkin-store';

const OPTIONS: CheckInOptions = {
  customer: { id: 'cus_1', name: 'Anna Keller' },
  sessions: [s('evt_1', true, null), s('evt_2', false, 'too early, opens at 11:00')],
  defaultSessionId: 'evt_1',
  passes: [
    {
      id: 'cp_1',
      passName: '10-class pass',
      remainingUses: 4,
      startDate: null,
      expiryDate: null,
      valid: true,
      problem: null,
      problemSaid: null,
    },
    {
      id: 'cp_2',
      passName: '5-class pass',
      remainingUses: 0,
      startDate: null,
      expiryDate: null,
      valid: false,
      problem: '5-class pass used up on 12 Nov',
      problemSaid: { code: 'pass.usedUp', pass: '5-class pass', on: '2026-11-12' },
    },
  ],
  defaultPassId: 'cp_1',
};

function s(id: string, open: boolean, closedMessage: string | null) {
  return {
    id,
    name: `Class ${id}`,
    startsAt: '2026-12-01T10:00:00Z',
    endsAt: '2026-12-01T11:00:00Z',
    open,
    closedMessage,
    closedSaid: closedMessage === null ? null : ({ code: 'window.ended' } as const),
    booked: false,
    checkedIn: null,
  };
}

function rig() {
  const sent: CheckInRequest[] = [];
  let t = 0;
  const outcome: CheckInOutcome = {
    outcome: 'checked_in',
    message: 'Checked in at 10:02',
    said: { code: 'checkedIn.booked', at: { at: '2026-12-01T10:02:00Z', clock: '10:02', otherDay: null } },
    reason: null,
    checkInId: 'desk1:1',
    session: { id: 'evt_1', name: 'Class evt_1', startsAt: '2026-12-01T10:00:00Z' },
    customerPassId: 'cp_1',
    remainingUses: 3,
    state: 'saved',
    decidedFrom: 'live',
    offerPassSale: false,
  };
  const base = createFakeApi();
  const api: Api = {
    ...base,
    checkin: {
      ...base.checkin,
      options: () => Promise.resolve({ ok: true, value: OPTIONS }),
      checkIn: (req) => {
        sent.push(req);
        return Promise.resolve({ ok: true, value: outcome });
      },
      undo: () =>
        Promise.resolve({
          ok: true,
          value: {
            undone: true,
            message: 'Check-in undone',
            said: { code: 'undo.done' },
            note: null,
            noteSaid: null,
          },
        }),
    },
  };
  const store = createCheckInStore(api, () => t);
  return { store, sent, advance: (ms: number) => (t += ms) };
}

describe('check-in store', () => {
  it('opens a customer with the default session and pass preselected', async () => {
    const { store } = rig();
    await store.getState().open('cus_1');
    expect(store.getState()).toMatchObject({ phase: 'ready', sessionId: 'evt_1', passId: 'cp_1' });
  });

  it('sends the picks staff made and keeps the outcome with the pass it used', async () => {
    const { store, sent } = rig();
    await store.getState().open('cus_1');
    store.getState().pickSession('evt_2');
    await store.getState().checkIn();
    expect(sent).toEqual([
      { backend: 'reservie', customerId: 'cus_1', sessionId: 'evt_2', customerPassId: 'cp_1' },
    ]);
    expect(store.getState().result).toMatchObject({
      passName: '10-class pass',
      outcome: { remainingUses: 3 },
    });
    // The reload after the check-in keeps the pick.
    expect(store.getState().sessionId).toBe('evt_2');
  });

  it('drops an answer for a customer who is no longer open', async () => {
    const { store } = rig();
    await store.getState().open('cus_1');
    const pending = store.getState().checkIn();
    store.getState().close();
    await pending;
    expect(store.getState()).toMatchObject({ customerId: null, result: null });
  });

  it('offers Undo for 5 minutes after a check-in, and not after it was undone', async () => {
    const { store, advance } = rig();
    await store.getState().open('cus_1');
    await store.getState().checkIn();
    const { result } = store.getState();
    expect(canOfferUndo(result, null, UNDO_OFFER_MS - 1)).toBe(true);
    expect(canOfferUndo(result, null, UNDO_OFFER_MS)).toBe(false);
    advance(1000);
    await store.getState().undoLast();
    expect(store.getState().undo).toMatchObject({ undone: true, message: 'Check-in undone', note: null });
    expect(canOfferUndo(result, store.getState().undo, 1000)).toBe(false);
  });
});
