// Integration (plain Node, real simulator over HTTP, real SQLite): a walk-in to a full session is
// refused at the desk, before anything is queued, counting this desk's queued walk-ins as taken
// places, so an offline desk does not queue registrations Reservie will refuse as event_full.
import { afterEach, expect, it } from 'vitest';
import type { CheckInOutcome } from '../../shared/domain/checkin';
import type { OutboxEntry } from '../../shared/domain/outbox';
import { simControl } from '../../electron/sim/testing/sim-control';
import { checkInWorld, syncOnce } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it('offline, the third walk-in to a class of two is refused as full, and nothing is queued for it', async () => {
  const w = await checkInWorld({ people: 3, autoSend: false });
  closers.push(() => w.sim.close());
  closers.push(() => w.core.close());
  await w.api.send('PUT', `/events/${w.eventId}`, { capacity: 2 });
  await syncOnce(w.core);
  await simControl(new URL(w.sim.baseUrl).origin).setFaults({ down: true });

  const outcomes: CheckInOutcome[] = [];
  for (const customerId of w.customers) {
    const r = await w.core.dispatch('checkin:checkIn', {
      backend: 'reservie',
      customerId,
      sessionId: w.eventId,
    });
    if (!r.ok) throw new Error(r.error.message);
    outcomes.push(r.value as CheckInOutcome);
  }
  expect(outcomes.map((o) => o.outcome)).toEqual(['checked_in', 'checked_in', 'refused']);
  expect(outcomes[2]).toMatchObject({
    reason: 'session_full',
    message: 'Morning Flow is full (2 of 2)',
    decidedFrom: 'cache',
    checkInId: null,
  });
  const listed = await w.core.dispatch('outbox:list', undefined);
  expect(listed.ok && (listed.value as OutboxEntry[]).length).toBe(2);
}, 60_000);
