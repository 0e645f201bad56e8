// Unit (Node): today's checked-in counts come from checkin:today, per back end, and a failed read
// leaves the figures as they were rather than showing zeros.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { TodaySession } from '../../../../shared/domain/checkin';
import type { Result } from '../../../../shared/ipc/result';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { createSessionsStore } from './sessions-store';

function withToday(answers: Result<TodaySession[]>[]): Api {
  const base = createFakeApi();
  return { ...base, checkin: { ...base.checkin, today: () => Promise.resolve(answers.shift()!) } };
}

const row = (id: string, backend: TodaySession['backend'], checkedIn: number): TodaySession => ({
  id,
  backend,
  name: id,
  startsAt: '2026-12-01T10:00:00Z',
  endsAt: '2026-12-01T11:00:00Z',
  booked: 5,
  checkedIn,
});

describe('sessions store: checked-in counts', () => {
  it('is null until read, then holds the counts of sessions and departures by back end and id', async () => {
    const store = createSessionsStore(
      withToday([{ ok: true, value: [row('evt_1', 'reservie', 3), row('act_1', 'resmark', 2)] }]),
    );
    expect(store.getState().checkedIn).toBeNull();
    await store.getState().loadCheckIns();
    expect(store.getState().checkedIn).toEqual({ 'reservie:evt_1': 3, 'resmark:act_1': 2 });
  });

  it('keeps the last counts when a re-read fails', async () => {
    const store = createSessionsStore(
      withToday([
        { ok: true, value: [row('evt_1', 'reservie', 1)] },
        { ok: false, error: { code: 'INTERNAL', message: 'boom' } },
      ]),
    );
    await store.getState().loadCheckIns();
    await store.getState().loadCheckIns();
    expect(store.getState().checkedIn).toEqual({ 'reservie:evt_1': 1 });
  });
});
