// Core (plain Node): re-reads the registers of today's sessions, the ones the desk checks in to.
// Registers change all day (walk-ups, cancellations), so they are read whole every sync.
import type { ReservieSource } from './reservie-plan';
import { throwIfCancelled, type SyncContext } from './sync-types';

const PAGE = 100;

export async function syncTodaysRegistrations(ctx: SyncContext, client: ReservieSource): Promise<void> {
  const { start, end } = localDay(ctx.clock.now());
  const sessions = ctx.store
    .listSessions(start.toISOString(), end.toISOString())
    .filter((s) => s.source === 'reservie');
  const gen = (ctx.store.getSyncState(ctx.backend, 'registrations')?.gen ?? 0) + 1;
  let done = 0;
  ctx.progress('registrations', 0, sessions.length);
  for (const session of sessions) {
    for (let page = 1; ; page++) {
      throwIfCancelled(ctx.signal);
      const r = await client.listRegistrations(session.id, {
        page,
        perPage: PAGE,
        lane: 'background',
        signal: ctx.signal,
      });
      ctx.store.writePage({
        backend: ctx.backend,
        resource: 'registrations',
        gen,
        records: r.items,
        cursor: { gen },
      });
      if (r.last) break;
    }
    // Only this session's register was re-read, so only its unseen rows may go.
    ctx.store.sweep(ctx.backend, 'registrations', gen, { sessionIds: [session.id] });
    ctx.progress('registrations', ++done, sessions.length);
  }
  ctx.store.markSyncComplete(ctx.backend, 'registrations', { full: true, at: ctx.clock.now().toISOString() });
}

/** The venue's local calendar day containing `now` (the machine's time zone is the venue's). */
export function localDay(now: Date): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { start, end };
}
