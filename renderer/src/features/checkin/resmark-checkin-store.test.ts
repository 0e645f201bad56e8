// Unit (Node): the tour check-in store opens a booking with everyone on the default departure
// ticked, sends "all" or exactly the ticked ones, keeps the outcome beside the re-read booking,
// and drops answers for a booking that is no longer open.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { CheckInOutcome, CheckInRequest, ResmarkOrderView } from '../../../../shared/domain/checkin';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { createResmarkCheckInStore } from './resmark-checkin-store';

const item = (itemIndex: number, keys: string[], open = true) => ({
  itemIndex,
  departureId: `act_${itemIndex}`,
  productName: `Tour ${itemIndex}`,
  startsAt: '2026-12-01T10:00:00Z',
  endsAt: null,
  open,
  closedMessage: open ? null : 'Too late, check-in closed at 10:30',
  closedSaid: open
    ? null
    : {
        code: 'window.tooLate' as const,
        closed: { at: '2026-12-01T10:30:00Z', clock: '10:30', otherDay: null },
      },
  participants: keys.map((key) => ({ key, label: key.replace('#', ' '), checkedIn: null })),
});

const ORDER: ResmarkOrderView = {
  orderId: 'ord_1',
  confirmation: 'RM-1001',
  name: 'Ana Lopez',
  email: null,
  items: [item(0, ['Adult#1'], false), item(1, ['Adult#1', 'Adult#2', 'Child#1'])],
  defaultItemIndex: 1,
};

function rig(found: ResmarkOrderView | null = ORDER) {
  const sent: CheckInRequest[] = [];
  const asked: string[] = [];
  const outcome: CheckInOutcome = {
    outcome: 'checked_in',
    message: '2 checked in',
    said: { code: 'checkedIn.participants', count: 2, alreadyIn: 0 },
    reason: null,
    checkInId: 'desk1:1',
    session: { id: 'act_1', name: 'Tour 1', startsAt: '2026-12-01T10:00:00Z' },
    customerPassId: null,
    remainingUses: null,
    state: null,
    decidedFrom: 'cache',
    offerPassSale: false,
  };
  const base = createFakeApi();
  const api: Api = {
    ...base,
    checkin: {
      ...base.checkin,
      resmarkOrder: ({ text }) => {
        asked.push(text);
        return Promise.resolve({ ok: true, value: found });
      },
      checkIn: (req) => {
        sent.push(req);
        return Promise.resolve({ ok: true, value: outcome });
      },
    },
  };
  return { store: createResmarkCheckInStore(api, () => 0), sent, asked };
}

describe('tour check-in store', () => {
  it('opens on the default departure with everyone ticked, and sends "all"', async () => {
    const { store, sent } = rig();
    expect(await store.getState().open('RM-1001')).toBe(true);
    expect(store.getState()).toMatchObject({
      orderId: 'ord_1',
      phase: 'ready',
      itemIndex: 1,
      ticked: ['Adult#1', 'Adult#2', 'Child#1'],
    });
    await store.getState().checkIn();
    expect(sent).toEqual([{ backend: 'resmark', orderId: 'ord_1', itemIndex: 1, participants: 'all' }]);
    expect(store.getState().result?.outcome.message).toBe('2 checked in');
  });

  it('sends exactly the ticked participants, and none ticked sends nothing', async () => {
    const { store, sent } = rig();
    await store.getState().open('ord_1');
    store.getState().toggle('Adult#2');
    await store.getState().checkIn();
    expect(sent.at(-1)).toMatchObject({ participants: ['Adult#1', 'Child#1'] });
    store.getState().pickItem(0);
    store.getState().toggle('Adult#1');
    expect(store.getState().ticked).toEqual([]);
    expect(await store.getState().checkIn()).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('says when the booking is not in the saved copy', async () => {
    const { store } = rig(null);
    expect(await store.getState().open('RM-404')).toBe(false);
    expect(store.getState().phase).toBe('notFound');
  });

  it('drops a check-in answer for a booking closed meanwhile', async () => {
    const { store } = rig();
    await store.getState().open('ord_1');
    const pending = store.getState().checkIn();
    store.getState().close();
    expect(await pending).toBeNull();
    expect(store.getState()).toMatchObject({ orderId: null, result: null });
  });
});
