// Unit (Node): the scheduler keeps a kick that came during a run (a back end connected mid-sync)
// and runs it once the run ends; the timer's own ticks during a run are not owed afterwards.
import { describe, expect, it } from 'vitest';
import { createSyncScheduler } from './sync-scheduler';
import type { SyncState } from '../../../shared/domain/sync';

function fakeSync() {
  let running = false;
  const starts: number[] = [];
  return {
    starts,
    finish: () => (running = false),
    sync: {
      state: (): SyncState => ({ running, resources: [] }),
      start: (): SyncState => {
        running = true;
        starts.push(starts.length + 1);
        return { running, resources: [] };
      },
    },
  };
}
const logger = { debug() {}, info() {}, warn() {}, error() {} };
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('sync scheduler', () => {
  it('runs a kick that came while a run was on, once, right after that run', async () => {
    const fake = fakeSync();
    const scheduler = createSyncScheduler({ sync: fake.sync, logger });
    scheduler.kick();
    expect(fake.starts).toHaveLength(1);
    scheduler.kick();
    scheduler.kick();
    expect(fake.starts).toHaveLength(1);
    fake.finish();
    scheduler.runEnded();
    await nextTurn();
    expect(fake.starts).toHaveLength(2);
    fake.finish();
    scheduler.runEnded();
    await nextTurn();
    expect(fake.starts).toHaveLength(2);
  });

  it('owes nothing after a run when no kick came during it', async () => {
    const fake = fakeSync();
    const scheduler = createSyncScheduler({ sync: fake.sync, logger });
    scheduler.kick();
    fake.finish();
    scheduler.runEnded();
    await nextTurn();
    expect(fake.starts).toHaveLength(1);
  });

  it('starts nothing once stopped', async () => {
    const fake = fakeSync();
    const scheduler = createSyncScheduler({ sync: fake.sync, logger });
    scheduler.kick();
    scheduler.kick();
    scheduler.stop();
    fake.finish();
    scheduler.runEnded();
    await nextTurn();
    scheduler.kick();
    expect(fake.starts).toHaveLength(1);
  });
});
