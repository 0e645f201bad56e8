// Core (plain Node): re-reads the registers of today's sessions, the ones the desk checks in to.
// Registers change all day (walk-ups, cancellations), so they are read whole every sync.
import type { SessionSummary } from '../../../shared/domain/cache';
import { fromReservie } from './list-pages';
import { MAX_PASSES_WHILE_SHIFTING, tooShortToTrust } from './paged-download';
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
  // Each read of a register takes a generation of its own (sweeps are per session, so sessions
  // need not share one): a re-read then sweeps the bookings that vanished during the read before.
  let gen = ctx.store.getSyncState(ctx.backend, 'registrations')?.gen ?? 0;
  const nextGen = () => ++gen;
  const short: SessionSummary[] = [];
  const moving: SessionSummary[] = [];
  ctx.progress('registrations', 0, sessions.length);
  for (const [i, session] of sessions.entries()) {
    const read = await rereadRegister(ctx, client, session.id, nextGen);
    if (read === 'short') short.push(session);
    if (read === 'moving') moving.push(session);
    ctx.progress('registrations', i + 1, sessions.length);
  }
  if (short.length > 0 || moving.length > 0) throw untrustedRegistersError(short, moving);
  ctx.store.markSyncComplete(ctx.backend, 'registrations', { full: true, at: ctx.clock.now().toISOString() });
}

/**
 * Reads one session's register whole and sweeps its unseen rows. Not when it came back too short
 * to trust, nor while it kept changing under the read: a booking that slid onto a page already
 * read would be swept, and its customer taken for a walk-in who must pay.
 */
async function rereadRegister(
  ctx: SyncContext,
  client: ReservieSource,
  sessionId: string,
  nextGen: () => number,
): Promise<'ok' | 'short' | 'moving'> {
  const before = ctx.store.listRegistrations(sessionId).length;
  for (let pass = 1; pass <= MAX_PASSES_WHILE_SHIFTING; pass++) {
    const gen = nextGen();
    const { seen, shifted } = await readRegister(ctx, client, sessionId, gen);
    if (shifted) continue;
    if (tooShortToTrust(seen, before)) return 'short';
    // Only this session's register was re-read, so only its unseen rows may go.
    ctx.store.sweep(ctx.backend, 'registrations', gen, { sessionIds: [sessionId] });
    return 'ok';
  }
  return 'moving';
}

function readRegister(ctx: SyncContext, client: ReservieSource, sessionId: string, gen: number) {
  return walkPages(ctx, {
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
}

function untrustedRegistersError(
  short: readonly SessionSummary[],
  moving: readonly SessionSummary[],
): ListIncompleteError {
  const names = (sessions: readonly SessionSummary[]) => sessions.map((s) => s.name).join(', ');
  const parts = [
    short.length > 0 ? `The back end listed far fewer bookings than before for ${names(short)}` : null,
    moving.length > 0 ? `The bookings for ${names(moving)} kept changing while they were read` : null,
  ].filter((p): p is string => p !== null);
  return new ListIncompleteError(
    'registrations',
    `${parts.join('. ')}, so none were removed from this device's saved data.`,
  );
}

/** The venue's local calendar day containing `now` (the machine's time zone is the venue's). */
export function localDay(now: Date): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { start, end };
}
