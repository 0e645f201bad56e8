// Core (plain Node): re-reads the registers of today's sessions, the ones the desk checks in to.
// Registers change all day (walk-ups, cancellations), so they are read whole every sync.
import type { SessionSummary } from '../../../shared/domain/cache';
import { fromReservie } from './list-pages';
import { tooShortToTrust } from './paged-download';
import { walkPages } from './page-walk';
import type { ReservieSource } from './reservie-plan';
import { ListIncompleteError } from './sync-errors';
import type { SyncContext } from './sync-types';

const PAGE = 100;

export async function syncTodaysRegistrations(ctx: SyncContext, client: ReservieSource): Promise<void> {
  const { start, end } = localDay(ctx.clock.now());
  const sessions = ctx.store
    .listSessions(start.toISOString(), end.toISOString())
    .filter((s) => s.source === 'reservie');
  const gen = (ctx.store.getSyncState(ctx.backend, 'registrations')?.gen ?? 0) + 1;
  const untrusted: SessionSummary[] = [];
  ctx.progress('registrations', 0, sessions.length);
  for (const [i, session] of sessions.entries()) {
    if (!(await rereadRegister(ctx, client, session.id, gen))) untrusted.push(session);
    ctx.progress('registrations', i + 1, sessions.length);
  }
  if (untrusted.length > 0) throw shortRegistersError(untrusted);
  ctx.store.markSyncComplete(ctx.backend, 'registrations', { full: true, at: ctx.clock.now().toISOString() });
}

/** Reads one session's register whole and sweeps its unseen rows; false when it came back too short to trust. */
async function rereadRegister(
  ctx: SyncContext,
  client: ReservieSource,
  sessionId: string,
  gen: number,
): Promise<boolean> {
  const before = ctx.store.listRegistrations(sessionId).length;
  const { seen } = await walkPages(ctx, {
    resource: 'registrations',
    startPage: 1,
    pagesBefore: 0,
    seenBefore: 0,
    fetch: async (page, signal) =>
      fromReservie(
        await client.listRegistrations(sessionId, { page, perPage: PAGE, lane: 'background', signal }),
        PAGE,
      ),
    onPage: (page) =>
      ctx.store.writePage({
        backend: ctx.backend,
        resource: 'registrations',
        gen,
        records: page.records,
        cursor: { gen },
      }),
  });
  if (tooShortToTrust(seen, before)) return false;
  // Only this session's register was re-read, so only its unseen rows may go.
  ctx.store.sweep(ctx.backend, 'registrations', gen, { sessionIds: [sessionId] });
  return true;
}

function shortRegistersError(sessions: readonly SessionSummary[]): ListIncompleteError {
  const names = sessions.map((s) => s.name).join(', ');
  return new ListIncompleteError(
    'registrations',
    `The back end listed far fewer bookings than before for ${names}, so none were removed from ` +
      "this device's saved data.",
  );
}

/** The venue's local calendar day containing `now` (the machine's time zone is the venue's). */
export function localDay(now: Date): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { start, end };
}
