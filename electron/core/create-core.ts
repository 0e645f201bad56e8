// Core (plain Node): the composition root of the core. Both hosts (Electron, web) and the CLI call
// createCore with their own adapters and get back one `dispatch` for the whole contract.
import type Database from 'better-sqlite3';
import type { AppStatus, BackendId } from '../../shared/domain/backend';
import { SYNC_RESOURCES } from '../../shared/domain/sync-resources';
import { RESOURCE_BACKEND } from './store/resources';
import type { Core, CoreDeps } from './core-types';
import { systemClock } from './ports';
import { createEventHub } from './event-hub';
import { createDispatcher } from './ipc/dispatch';
import { wireHandlers } from './ipc/handler-map';
import { createAppStatus } from './app/app-status';
import { appHandlers } from './app/app-handlers';
import { backendHandlers } from './backend/backend-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { cacheHandlers } from './cache/cache-handlers';
import { createConnections } from './connections/connections';
import { createSyncService } from './sync/sync-service';
import { createSyncScheduler } from './sync/sync-scheduler';
import { openCache, removeCacheFiles, type CacheHandle } from './store/cache-handle';
import { openOutbox, type OutboxHandle } from './store/outbox-handle';
import { runDoctor } from './doctor/run-doctor';
import { createKioskStore } from './kiosk/kiosk-store';
import { enterKioskMode, kioskHandlers } from './kiosk/kiosk-handlers';

export async function createCore(deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const hub = createEventHub();
  // Before anything opens: a `--kiosk` launch without a staff PIN is refused, not half started.
  const kiosk = createKioskStore(deps.settings);
  if (deps.launchMode === 'kiosk') enterKioskMode(kiosk, deps.logger);
  let cache: CacheHandle | null = null;
  let outbox: OutboxHandle | null = null;
  let status: (() => AppStatus) | null = null;
  const statusChanged = () => status && hub.emit('app:statusChanged', status());
  // Demo and live each have their own cache and outbox files: nothing done in demo mode can
  // reach a venue's data or be sent to its back end.
  const reopenFiles = (mode: 'demo' | 'live') => {
    outbox?.close();
    outbox = openOutbox(deps.dataDir, mode, { nativeBinding: deps.nativeBinding, clock });
    reopenCache(mode);
  };
  const reopenCache = (mode: 'demo' | 'live') => {
    cache?.close();
    cache = openCache(deps.dataDir, mode, deps.nativeBinding);
    if (cache.rebuiltFrom)
      deps.logger.warn('cache was damaged and has been rebuilt', { movedTo: cache.rebuiltFrom });
  };

  const connections = await createConnections({
    settings: deps.settings,
    vault: deps.vault,
    clock,
    logger: deps.logger,
    demoBackends: deps.demoBackends,
    beforeModeChange: () => sync.cancel().then(() => {}),
    onModeChange: (mode) => {
      reopenFiles(mode);
      statusChanged();
      if (deps.autoSync !== false) scheduler.kick();
    },
    onStatusChange: () => statusChanged(),
    lastSyncAt: (backend) => lastSyncOf(cache, backend),
  });
  reopenFiles(connections.mode());
  const store = () => cache!.store;

  const sync = createSyncService({
    store,
    clock,
    logger: deps.logger,
    plans: () => Object.fromEntries(connections.links().map((l) => [l.backend, l.plan()])),
    onProgress: (p) => hub.emit('sync:progress', p),
    onFinished: (backend, error) => {
      connections
        .links()
        .find((l) => l.backend === backend)
        ?.recordSync(error, clock.now());
      statusChanged();
    },
    onRunEnd: () => {
      hub.emit('sync:finished', { state: sync.state() });
      statusChanged();
    },
  });
  const scheduler = createSyncScheduler({ sync, logger: deps.logger });

  const outboxStore = () => outbox!.store;
  status = createAppStatus({
    version: deps.version,
    protection: deps.vault.protection,
    mode: connections.mode,
    backends: connections.statuses,
    unsent: () => outboxStore().pendingCount(),
  });
  const doctor = () =>
    runDoctor({
      dataDir: deps.dataDir,
      clock,
      links: connections.links,
      quickChecks: [
        { id: 'database.cache', label: 'Offline cache database', run: () => quickCheck(cache!.db) },
        { id: 'database.outbox', label: 'Outbox database', run: () => quickCheck(outbox!.db) },
      ],
    });
  const wipeCache = (backend: BackendId) => {
    // The live cache holds every live back end's rows; the simplest safe wipe is a fresh file,
    // which the next sync refills for whichever back end is still connected.
    deps.logger.info('wiping the offline cache at sign-out', { backend });
    if (connections.mode() === 'live') cache?.close();
    removeCacheFiles(deps.dataDir, 'live');
    if (connections.mode() === 'live') reopenCache('live');
  };

  // The composition root only wires: each domain owns its calls and says what it needs.
  const handlers = wireHandlers(
    appHandlers({ status, doctor }),
    backendHandlers({
      connections,
      unsentFor: (backend) => outboxStore().pendingCount({ backend }),
      cancelSync: () => sync.cancel(),
      wipeCache,
      syncSoon: () => deps.autoSync !== false && scheduler.kick(),
      statusChanged,
      status,
    }),
    syncHandlers({ sync }),
    cacheHandlers({ cache: store }),
    kioskHandlers({ kiosk, clock, logger: deps.logger, changed: (s) => hub.emit('kiosk:changed', s) }),
  );
  // The persisted mode: in kiosk mode every desk-only call is refused, whoever makes it.
  const dispatch = createDispatcher(handlers, deps.logger, { uiMode: () => kiosk.read().mode });
  if (deps.autoSync !== false) scheduler.start();

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    onEvent: hub.subscribe,
    // Idempotent: hosts may call it from several shutdown paths.
    close: () =>
      (closing ??= (async () => {
        scheduler.stop();
        await sync.cancel();
        await connections.close();
        cache?.close();
        outbox?.close();
      })()),
  };
}

function quickCheck(db: Database.Database): string[] {
  return db.prepare('PRAGMA quick_check').pluck().all().map(String);
}

/** The oldest last-success among a back end's resources: the cache is only as fresh as its stalest part. */
// Runs on every status event, so it reads only sync_state rows (listSyncStates also counts every table).
function lastSyncOf(cache: CacheHandle | null, backend: BackendId): string | null {
  if (!cache) return null;
  const states = SYNC_RESOURCES.filter((r) => RESOURCE_BACKEND[r] === backend)
    .map((r) => cache.store.getSyncState(backend, r))
    .filter((s) => s !== null);
  if (states.length === 0 || states.some((s) => !s.lastSuccessAt)) return null;
  return states.map((s) => s.lastSuccessAt!).sort()[0] ?? null;
}
