// Unit (Node): the kiosk's guest store and idle timer, with hand-driven timers: no look-up under 3
// characters, typing debounced and stale answers dropped, a scan straight to one person, the
// check-in outcome in the guest's words, a broken core as "out of order", and reset forgetting all.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { CheckInOutcome, CheckInRequest, KioskFindResult } from '../../../../shared/domain/checkin';
import type { Result } from '../../../../shared/ipc/result';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { createIdleTimer, type Timers } from './idle-timer';
import { createKioskGuestStore, FIND_DEBOUNCE_MS } from './kiosk-store';
import { forgetGuest } from './forget-guest';

/** Timers that run only when the test says how much time passed. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void due.delete(id as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        due.delete(id);
        t.run();
      }
  };
  return { timers, advance, pending: () => due.size };
}

const ANN: KioskFindResult = {
  matches: [{ customerId: 'cus_1', displayName: 'Ann K.' }],
  tooMany: false,
  sameNameHidden: 0,
};

type FindAnswer = Result<KioskFindResult> | Promise<Result<KioskFindResult>>;

function rig(answers: { find?: (text: string) => FindAnswer; checkIn?: Result<CheckInOutcome> } = {}) {
  const asked: string[] = [];
  const sent: CheckInRequest[] = [];
  const base = createFakeApi();
  const api: Api = {
    ...base,
    checkin: {
      ...base.checkin,
      kioskFind: ({ text }) => {
        asked.push(text);
        return Promise.resolve(answers.find?.(text) ?? { ok: true as const, value: ANN });
      },
      checkIn: (req) => {
        sent.push(req);
        return Promise.resolve(answers.checkIn ?? { ok: true, value: outcome({}) });
      },
    },
  };
  const clock = manualTimers();
  return { store: createKioskGuestStore(api, clock.timers), asked, sent, ...clock };
}

function outcome(over: Partial<CheckInOutcome>): CheckInOutcome {
  return {
    outcome: 'checked_in',
    message: 'Checked in with 10-class pass: 3 uses left',
    said: { code: 'checkedIn.withPass', pass: '10-class pass', usesLeft: 3 },
    reason: null,
    checkInId: 'desk1:1',
    session: { id: 'evt_1', name: 'Morning Flow', startsAt: '2026-12-01T10:00:00Z' },
    customerPassId: 'cp_1',
    remainingUses: 3,
    state: 'saved',
    decidedFrom: 'live',
    offerPassSale: false,
    ...over,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('kiosk guest store', () => {
  it('asks nothing under 3 characters, and once per pause in typing after that', async () => {
    const { store, asked, advance } = rig();
    store.getState().setQuery('an');
    advance(FIND_DEBOUNCE_MS);
    expect(asked).toEqual([]);
    expect(store.getState()).toMatchObject({ phase: 'idle', found: null });
    store.getState().setQuery('ann');
    store.getState().setQuery('ann k');
    expect(store.getState().phase).toBe('loading');
    advance(FIND_DEBOUNCE_MS);
    await settle();
    expect(asked).toEqual(['ann k']);
    expect(store.getState()).toMatchObject({ phase: 'ready', found: ANN });
  });

  it('drops an answer to text the guest has since changed', async () => {
    let answer!: (r: Result<KioskFindResult>) => void;
    const { store, advance } = rig({
      find: () => new Promise<Result<KioskFindResult>>((resolve) => (answer = resolve)),
    });
    store.getState().setQuery('ann');
    advance(FIND_DEBOUNCE_MS);
    store.getState().setQuery('a'); // back under 3 before the answer lands
    answer({ ok: true, value: ANN });
    await settle();
    expect(store.getState()).toMatchObject({ query: 'a', phase: 'idle', found: null });
  });

  it('a scan naming one person goes straight to the confirmation; an unknown card says so', async () => {
    const { store } = rig({
      find: (text) =>
        text === 'cp-77'
          ? { ok: true, value: ANN }
          : { ok: true, value: { matches: [], tooMany: false, sameNameHidden: 0 } },
    });
    await store.getState().scan('cp-77');
    expect(store.getState().screen).toEqual({ name: 'confirm', person: ANN.matches[0], busy: false });
    store.getState().reset();
    await store.getState().scan('nobody');
    expect(store.getState()).toMatchObject({
      screen: { name: 'start' },
      notice: { kind: 'cardNotFound' },
    });
  });

  it('checks the chosen person in to the default session and words the outcome for the guest', async () => {
    const { store, sent } = rig();
    store.getState().choose(ANN.matches[0]!);
    expect(store.getState()).toMatchObject({ query: '', found: null });
    await store.getState().confirm();
    expect(sent).toEqual([{ backend: 'reservie', customerId: 'cus_1', sessionId: null }]);
    expect(store.getState().screen).toEqual({
      name: 'result',
      person: ANN.matches[0],
      outcome: { kind: 'checkedIn', sessionName: 'Morning Flow', remainingUses: 3 },
    });

    const refused = rig({
      checkIn: {
        ok: true,
        value: outcome({
          outcome: 'refused',
          message: 'No pass',
          said: { code: 'passes.none' },
          session: null,
        }),
      },
    });
    refused.store.getState().choose(ANN.matches[0]!);
    await refused.store.getState().confirm();
    expect(refused.store.getState().screen).toMatchObject({
      outcome: { kind: 'refused', said: { code: 'passes.none' } },
    });
  });

  it('a core that cannot be reached puts the kiosk out of order', async () => {
    const { store, advance } = rig({
      find: () => ({ ok: false, error: { code: 'OFFLINE', message: 'Lost the connection' } }),
    });
    store.getState().setQuery('ann');
    advance(FIND_DEBOUNCE_MS);
    await settle();
    expect(store.getState().screen).toEqual({ name: 'outOfOrder' });
  });

  it('forgetting the guest empties the store, cancels a pending look-up, then reloads', async () => {
    const { store, asked, advance, pending } = rig();
    store.getState().choose(ANN.matches[0]!);
    store.getState().setQuery('ann k');
    let reloaded = 0;
    forgetGuest(store, () => reloaded++);
    expect(reloaded).toBe(1);
    expect(pending()).toBe(0);
    advance(FIND_DEBOUNCE_MS);
    await settle();
    expect(asked).toEqual([]);
    expect(store.getState()).toMatchObject({
      screen: { name: 'start' },
      query: '',
      phase: 'idle',
      found: null,
      notice: null,
    });
  });
});

describe('idle timer', () => {
  it('fires once after the idle time, counted from the last poke', () => {
    const { timers, advance } = manualTimers();
    let fired = 0;
    const idle = createIdleTimer({ ms: 45_000, onIdle: () => fired++, timers });
    idle.poke();
    advance(44_000);
    idle.poke();
    advance(44_000);
    expect(fired).toBe(0);
    advance(1_000);
    expect(fired).toBe(1);
    advance(100_000);
    expect(fired).toBe(1);
    idle.poke();
    idle.stop();
    advance(100_000);
    expect(fired).toBe(1);
  });
});
