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
import { parseVenueLanguage } from './app/venue-settings';
import { backendHandlers } from './backend/backend-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { cacheHandlers } from './cache/cache-handlers';
import { createConnections } from './connections/connections';
import type { Link } from './connections/links';
import { createSyncService } from './sync/sync-service';
import { createSyncScheduler } from './sync/sync-scheduler';
import { openCache, removeCacheFiles, type CacheHandle } from './store/cache-handle';
import { openOutbox, type OutboxHandle } from './store/outbox-handle';
import { runDoctor } from './doctor/run-doctor';
import { checkinHandlers } from './checkin/checkin-handlers';
import { createCheckInService } from './checkin/checkin-service';
import { createCheckInLedger, type CheckInLedger } from './checkin/ledger-store';
import { deskIdentity } from './checkin/desk-identity';
import { parseCheckInSettings } from './checkin/checkin-settings';
import { createCheckInReads, type CheckInReads } from './store/checkin-reads';
import { createKioskSearch, type KioskSearch } from './store/kiosk-search';
import { createResmarkCheckInReads, type ResmarkCheckInReads } from './store/resmark-checkin-reads';
import { createResmarkCheckInService } from './checkin/resmark-checkin-service';
import { createOutboxSender } from './outbox/outbox-sender';
import { outboxHandlers } from './outbox/outbox-handlers';
import { createOutboxQueue } from './outbox/outbox-queue';
import { createResolutionStore, type ResolutionStore } from './store/outbox-resolutions';
import { passRegistrationKind } from './outbox/pass-registration-kind';
import { PASS_REGISTRATION } from './checkin/pass-registration';
import { realScheduler } from './http/scheduler';
import type { ConnectionState } from '../../shared/domain/backend';
import { createKioskStore } from './kiosk/kiosk-store';
import { saleStepKinds } from './sales/sale-kinds';
import { createSaleReceipts, type SaleReceipts } from './sales/sale-receipts';
import { createOpenCarts, type OpenCarts } from './sales/open-carts';
import { createSalesReads, type SalesReads } from './sales/sales-reads';
import { createSalesService } from './sales/sales-service';
import { createReservieOptions } from './sales/reservie-options';
import { salesHandlers } from './sales/sales-handlers';
import { parseSalesSettings } from './sales/sales-settings';
import { createSeatHolds } from './sales/seat-holds';
import { enterKioskMode, kioskHandlers } from './kiosk/kiosk-handlers';

export async function createCore(deps: CoreDeps): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const hub = createEventHub();
  // Before anything opens: a `--kiosk` launch without a staff PIN is refused, not half started.
  const kiosk = createKioskStore(deps.settings);
  if (deps.launchMode === 'kiosk') enterKioskMode(kiosk, deps.logger);
  let cache: CacheHandle | null = null;
  let outbox: OutboxHandle | null = null;
  let ledger: CheckInLedger | null = null;
  let resolutions: ResolutionStore | null = null;
  let reads: CheckInReads | null = null;
  let kioskSearch: KioskSearch | null = null;
  let resmarkReads: ResmarkCheckInReads | null = null;
  let saleReads: SalesReads | null = null;
  let receipts: SaleReceipts | null = null;
  let openCarts: OpenCarts | null = null;
  let status: (() => AppStatus) | null = null;
  const desk = deskIdentity(deps.settings);
  const autoSend = deps.autoSend !== false;
  // The connection state each back end was last seen in, to notice the moment one comes back.
  const lastSeen = new Map<BackendId, ConnectionState>();
  // Status changes may come while the connections are still being made: no links yet then.
  let linksNow: () => Link[] = () => [];
  const backOnline = () => {
    let cameBack = false;
    for (const link of linksNow()) {
      const now = link.status().connection;
      if (now === 'online' && lastSeen.get(link.backend) === 'offline') cameBack = true;
      lastSeen.set(link.backend, now);
    }
    if (!cameBack) return;
    // Back from offline: send the queue and catch up at once, not at the next scheduled run.
    deps.logger.info('a back end is reachable again: sending the outbox and syncing');
    if (autoSend) sendQueue(true);
    if (deps.autoSync !== false) scheduler.kick();
  };
  // Replaced by the sender once it exists; nothing is queued to send before then.
  let sendQueue: (force: boolean) => void = () => {};
  const statusChanged = () => status && hub.emit('app:statusChanged', status());
  // Demo and live each have their own cache and outbox files: nothing done in demo mode can
  // reach a venue's data or be sent to its back end.
  const reopenFiles = (mode: 'demo' | 'live') => {
    outbox?.close();
    outbox = openOutbox(deps.dataDir, mode, { nativeBinding: deps.nativeBinding, clock });
    ledger = createCheckInLedger(outbox.db, desk, { clock });
    resolutions = createResolutionStore(outbox.db);
    receipts = createSaleReceipts(outbox.db, clock);
    openCarts = createOpenCarts(outbox.db, clock);
    reopenCache(mode);
  };
  const reopenCache = (mode: 'demo' | 'live') => {
    cache?.close();
    cache = openCache(deps.dataDir, mode, deps.nativeBinding);
    reads = createCheckInReads(cache.db);
    kioskSearch = createKioskSearch(cache.db);
    resmarkReads = createResmarkCheckInReads(cache.db);
    saleReads = createSalesReads(cache.db);
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
    // No sync kick here: the backend: handler that changed the connections asks for one sync.
    onModeChange: (mode) => {
      reopenFiles(mode);
      statusChanged();
      if (autoSend) sendQueue(false);
    },
    onStatusChange: () => {
      statusChanged();
      backOnline();
    },
    lastSyncAt: (backend) => lastSyncOf(cache, backend),
    budgetFor: deps.budgetFor,
  });
  linksNow = connections.links;
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
      scheduler.runEnded();
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

  // Read each time: staff may change the venue's rules or time zone while the app runs.
  const checkInSettings = () =>
    parseCheckInSettings({
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...deps.settings.get('checkIn'),
    });
  const checkIns = createCheckInService({
    reads: () => reads!,
    kioskSearch: () => kioskSearch!,
    cachedRegistrations: (sessionId) => store().listRegistrations(sessionId),
    ledger: () => ledger!,
    outbox: outboxStore,
    outboxDb: () => outbox!.db,
    reservie: () => {
      const link = connections.links().find((l) => l.backend === 'reservie');
      if (!link || link.client.backend !== 'reservie') return null;
      return {
        api: link.client.api,
        account: link.outboxAccount,
        online: () => link.status().connection !== 'offline',
      };
    },
    settings: checkInSettings,
    clock,
    logger: deps.logger,
    onQueued: () => {
      statusChanged();
      if (autoSend) sendQueue(false);
    },
    onChanged: (change) => hub.emit('checkin:changed', change),
  });
  const resmarkCheckIns = createResmarkCheckInService({
    reads: () => resmarkReads!,
    ledger: () => ledger!,
    outboxDb: () => outbox!.db,
    settings: checkInSettings,
    clock,
    onChanged: (change) => hub.emit('checkin:changed', change),
  });

  const kinds = {
    [PASS_REGISTRATION]: passRegistrationKind({
      ledger: () => ledger!,
      putCustomerPass: (pass) => reads!.putCustomerPass(pass),
      passCanPay: (customerId, customerPassId) => checkIns.passCanPay(customerId, customerPassId),
      onChanged: (sessionId) => hub.emit('checkin:changed', { backend: 'reservie', sessionId }),
      logger: deps.logger,
    }),
    // Each step of a walk-up sale is its own item: a new customer, a sold pass, a registration, an order.
    ...saleStepKinds({
      outbox: outboxStore,
      receipts: () => receipts!,
      openCarts: () => openCarts!,
      cachedCustomerByEmail: (email) => {
        const id = reads!.customersByEmail(email)[0];
        return id ? reads!.customer(id) : null;
      },
      scheduler: realScheduler,
      logger: deps.logger,
      onChanged: () => statusChanged(),
      slotOf: (activityId) => saleReads!.slot(activityId),
      passCanPay: (customerId, customerPassId) => checkIns.passCanPay(customerId, customerPassId),
      currency: () => parseSalesSettings(deps.settings.get('sales')).currency,
      timeZone: () => checkInSettings().timeZone,
    }),
  };
  const sender = createOutboxSender({
    outbox: outboxStore,
    links: connections.links,
    kinds,
    clock,
    scheduler: realScheduler,
    logger: deps.logger,
    onProgress: () => statusChanged(),
  });
  sendQueue = (force) => (force ? void sender.sendNow() : sender.kick());
  const queue = createOutboxQueue({
    outbox: outboxStore,
    resolutions: () => resolutions!,
    outboxDb: () => outbox!.db,
    kinds,
    accounts: () => connections.links().map((l) => l.outboxAccount),
    desk,
    clock,
    logger: deps.logger,
    onResolved: () => {
      statusChanged();
      if (autoSend) sendQueue(false);
    },
  });

  const seatHolds = createSeatHolds({ scheduler: realScheduler, clock, logger: deps.logger });
  const sales = createSalesService({
    outbox: outboxStore,
    outboxDb: () => outbox!.db,
    receipts: () => receipts!,
    reads: () => saleReads!,
    people: () => reads!,
    links: connections.links,
    // Read each time: staff may change the venue's currency or limits while the app runs.
    settings: () => parseSalesSettings(deps.settings.get('sales')),
    timeZone: () =>
      parseCheckInSettings({
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        ...deps.settings.get('checkIn'),
      }).timeZone,
    deskName: () => desk.name,
    sendNow: () => sender.sendNow(),
    clock,
    logger: deps.logger,
    onQueued: () => statusChanged(),
    holds: seatHolds,
  });

  // The composition root only wires: each domain owns its calls and says what it needs.
  const handlers = wireHandlers(
    appHandlers({
      status,
      doctor,
      venue: () => {
        const { currency, locale } = parseSalesSettings(deps.settings.get('sales'));
        const language = parseVenueLanguage(deps.settings.get('venue'));
        return { language, timeZone: checkInSettings().timeZone, currency, locale };
      },
      setLanguage: (language) => {
        deps.settings.set('venue', { ...deps.settings.get('venue'), language });
        deps.logger.info('venue language changed', { language });
      },
    }),
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
    checkinHandlers({
      checkIns,
      resmark: resmarkCheckIns,
      ledger: () => ledger!,
      timeZone: () => checkInSettings().timeZone,
    }),
    outboxHandlers({ queue, sender }),
    salesHandlers({
      sales,
      reservieOptions: createReservieOptions({
        reads: () => saleReads!,
        people: () => reads!,
        links: connections.links,
        settings: () => parseSalesSettings(deps.settings.get('sales')),
        clock,
        timeZone: () => checkInSettings().timeZone,
      }),
    }),
    kioskHandlers({ kiosk, clock, logger: deps.logger, changed: (s) => hub.emit('kiosk:changed', s) }),
  );
  // The persisted mode: in kiosk mode every desk-only call is refused, whoever makes it.
  const dispatch = createDispatcher(handlers, deps.logger, { uiMode: () => kiosk.read().mode });
  if (deps.autoSync !== false) scheduler.start();
  if (autoSend) sender.kick();

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    onEvent: hub.subscribe,
    // Idempotent: hosts may call it from several shutdown paths.
    close: () =>
      (closing ??= (async () => {
        scheduler.stop();
        await seatHolds.closeAll();
        await sender.close();
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
