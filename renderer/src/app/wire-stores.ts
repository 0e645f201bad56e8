// Renderer: the reactions between stores — what reloads when a sync ends, the mode flips or the day turns.
import type { Api } from '../../../shared/ipc/contract';
import { venueDay } from '../lib/format';
import type { Stores } from './stores';

/** Starts the push subscriptions and cross-store reactions; returns one function that stops them all. */
export function wireStores(
  { status, sync, search, sessions, outbox, summary, kioskMode }: Stores,
  api: Api,
): () => void {
  const stops: (() => void)[] = [
    status.getState().start(),
    sync.getState().start(),
    kioskMode.getState().start(),
  ];
  void outbox.getState().load();
  void sessions.getState().load();
  void sessions.getState().loadCheckIns();

  // The day summary is read when it is opened; once read, it follows what moves under it.
  const reloadSummary = () => {
    if (summary.getState().state !== 'idle') void summary.getState().load();
  };

  const reloadData = () => {
    void sessions.getState().load();
    void sessions.getState().loadCheckIns();
    search.getState().refresh();
    reloadSummary();
  };

  // A check-in, an undo or a write-back moved: today's counts, the passes on screen and the number
  // of unsent items changed (the core pushes a new status when an item is queued, not when an undo
  // withdraws one, so it is re-read here).
  stops.push(
    api.on('checkin:changed', () => {
      void sessions.getState().loadCheckIns();
      reloadSummary();
      void status.getState().load();
      void outbox.getState().load();
      search.getState().refresh();
    }),
  );

  // A finished run changed the cache under the lists on screen.
  stops.push(
    sync.subscribe((next, prev) => {
      if (prev.running && !next.running) reloadData();
    }),
  );

  stops.push(
    status.subscribe((next, prev) => {
      // Demo and live data live in different cache files: everything on screen is from the other one.
      if (prev.status && next.status && prev.status.mode !== next.status.mode) reloadData();
      // The unsent count moved (an item sent, refused or queued): the queue's list did too.
      if (next.status?.outboxSize !== prev.status?.outboxSize || next.status?.mode !== prev.status?.mode) {
        void outbox.getState().load();
        reloadSummary();
      }
    }),
  );

  // A desk left open overnight must show the new day's sessions without a restart: the venue's
  // midnight, not the machine's.
  const todayAtVenue = () => venueDay(new Date().toISOString());
  let shownDay = todayAtVenue();
  const dayTimer = setInterval(() => {
    const today = todayAtVenue();
    if (today !== shownDay) {
      shownDay = today;
      void sessions.getState().load();
      void sessions.getState().loadCheckIns();
    }
  }, 60_000);
  stops.push(() => clearInterval(dayTimer));

  return () => stops.forEach((stop) => stop());
}
