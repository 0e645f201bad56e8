// Test double (browser or Node): an in-memory window.frontdesk that satisfies Api, with knobs for
// offline, slowness, sync progress and errors. Imports types only, so it bundles without zod.
import type { Api, EventName, EventPayload } from '../../shared/ipc/contract';
import type { AppError, ErrorCode, Result } from '../../shared/ipc/result';
import type {
  AppStatus,
  BackendCredentials,
  BackendId,
  BackendStatus,
  ConnectionState,
  SecretProtection,
} from '../../shared/domain/backend';
import type { CacheCounts, CustomerHit, SessionSummary } from '../../shared/domain/cache';
import type { VenueInfo, VenueLanguage } from '../../shared/domain/venue';
import { sampleCustomers, sampleSessions } from './fake-data';
import { createSyncSimulation, type FakeSyncOptions } from './fake-sync';
import { createFakeKiosk } from './fake-kiosk';

export type { FakeSyncOptions } from './fake-sync';

const BACKENDS: BackendId[] = ['reservie', 'resmark'];
const PRODUCTION: Record<BackendId, string> = {
  reservie: 'https://go.reservie.net/api/v1',
  resmark: 'https://app.resmarksystems.com/public/api',
};
const DEMO_URL: Record<BackendId, string> = {
  reservie: 'http://127.0.0.1:4101/api/v1',
  resmark: 'http://127.0.0.1:4102/public/api',
};

type PerBackend<T> = T | Partial<Record<BackendId, T>>;

export interface FakeApiOptions {
  mode?: 'demo' | 'live';
  /** In live mode, which back ends are signed in (default both). */
  live?: BackendId[];
  /** Accounts shown for live back ends. */
  accounts?: Partial<Record<BackendId, string>>;
  connection?: PerBackend<ConnectionState>;
  /** Added to every call: the "slow" knob. */
  latencyMs?: number;
  /** Extra delay for single calls, e.g. { sessions: 60_000 } to hold a loading state. */
  slow?: Partial<Record<FakeCall, number>>;
  /** Extra time backend:configure spends "verifying". */
  verifyMs?: number;
  /** Minutes since the last sync, null for never (default 3). */
  lastSyncMinutesAgo?: PerBackend<number | null>;
  outboxSize?: number;
  secretProtection?: SecretProtection;
  /** 'none' gives an empty cache: no customers, no sessions. */
  data?: 'sample' | 'none';
  /** Make a call fail with this error. */
  errors?: Partial<Record<FakeCall, AppError>>;
  sync?: FakeSyncOptions;
  now?: () => Date;
  /** The venue's language, zone and money (default English, Europe/London, GBP, en-GB). */
  venue?: Partial<VenueInfo>;
}

export type FakeCall =
  | 'status'
  | 'search'
  | 'sessions'
  | 'configure'
  | 'useDemo'
  | 'signOut'
  | 'syncStart'
  | 'syncCancel'
  | 'venue'
  | 'setLanguage';

export interface FakeControls {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  setConnection(backend: BackendId, state: ConnectionState): void;
  setOutboxSize(size: number): void;
  setError(call: FakeCall, error: AppError | null): void;
  status(): AppStatus;
  /** Every call made, in order: for asserting what the UI sent (secrets included — tests only). */
  calls: { call: string; input: unknown }[];
}

interface BackendState {
  mode: BackendStatus['mode'];
  baseUrl: string | null;
  account: string | null;
  connection: ConnectionState;
  lastSyncAt: string | null;
  lastError: string | null;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function perBackend<T>(value: PerBackend<T> | undefined, backend: BackendId, fallback: T): T {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const map = value as Partial<Record<BackendId, T>>;
    return backend in map ? (map[backend] as T) : fallback;
  }
  return value === undefined ? fallback : (value as T);
}

export function createFakeBackend(options: FakeApiOptions = {}): { api: Api; controls: FakeControls } {
  const now = options.now ?? (() => new Date());
  const errors = { ...options.errors };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeControls['calls'] = [];
  let mode = options.mode ?? 'demo';
  let outboxSize = options.outboxSize ?? 0;
  const data = options.data ?? 'sample';
  const customers: CustomerHit[] = data === 'sample' ? sampleCustomers(now()) : [];
  const sessions: SessionSummary[] = data === 'sample' ? sampleSessions(now()) : [];

  const backends = new Map<BackendId, BackendState>();
  for (const b of BACKENDS) {
    const minutes = perBackend(options.lastSyncMinutesAgo, b, 3);
    const live = mode === 'live' && (options.live ?? BACKENDS).includes(b);
    backends.set(b, {
      mode: mode === 'demo' ? 'demo' : live ? 'live' : 'off',
      baseUrl: mode === 'demo' ? DEMO_URL[b] : live ? PRODUCTION[b] : null,
      account:
        mode === 'demo'
          ? 'Demo venue'
          : live
            ? (options.accounts?.[b] ?? (b === 'reservie' ? 'API key ending …7f3a' : 'desk@harbourtours.com'))
            : null,
      connection: perBackend(options.connection, b, 'online'),
      lastSyncAt: minutes === null ? null : new Date(now().getTime() - minutes * 60_000).toISOString(),
      lastError: null,
    });
  }

  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const statusOf = (b: BackendId): BackendStatus => {
    const s = backends.get(b)!;
    return { backend: b, tokenExpiresAt: null, ...s };
  };

  const appStatus = (): AppStatus => {
    const protection = options.secretProtection ?? 'os-keychain';
    return {
      version: '0.1.0',
      mode,
      backends: BACKENDS.map(statusOf),
      secretProtection: protection,
      secretProtectionWarning:
        protection === 'os-keychain'
          ? null
          : 'This computer has no keychain (secret storage) available, so credentials are stored without real protection. Install or unlock a keyring before saving real credentials.',
      outboxSize,
    };
  };
  const statusChanged = () => emit('app:statusChanged', appStatus());

  const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  /** Every call: record it, wait the configured latency, then answer or fail as told. */
  async function answer<T>(
    call: FakeCall | string,
    input: unknown,
    run: () => Result<T>,
  ): Promise<Result<T>> {
    calls.push({ call, input });
    const wait = (options.latencyMs ?? 0) + (options.slow?.[call as FakeCall] ?? 0);
    if (wait > 0) await delay(wait);
    const error = errors[call as FakeCall];
    if (error) return { ok: false, error };
    return run();
  }

  const venue: VenueInfo = {
    language: 'en',
    timeZone: 'Europe/London',
    currency: 'GBP',
    locale: 'en-GB',
    ...options.venue,
  };
  const kiosk = createFakeKiosk(now, (state) => emit('kiosk:changed', state));

  const sync = createSyncSimulation({
    options: options.sync ?? {},
    connected: () => BACKENDS.filter((b) => backends.get(b)!.mode !== 'off'),
    isOffline: (b) => backends.get(b)!.connection === 'offline',
    hostOf: (b) => new URL(backends.get(b)!.baseUrl ?? PRODUCTION[b]).host,
    onProgress: (p) => emit('sync:progress', p),
    onFinished: (b, error) => {
      const s = backends.get(b)!;
      s.lastError = error;
      if (!error) s.lastSyncAt = now().toISOString();
      statusChanged();
    },
    onRunEnd: (state) => emit('sync:finished', { state }),
  });

  const api = {
    app: {
      status: () => answer('status', undefined, () => ok(appStatus())),
      doctor: () =>
        answer('doctor', undefined, () =>
          ok({
            checks: [{ id: 'disk', label: 'Disk space', verdict: 'ok' as const, detail: 'Plenty of room.' }],
          }),
        ),
      venue: () => answer('venue', undefined, () => ok({ ...venue })),
      setLanguage: (input: { language: VenueLanguage }) =>
        answer('setLanguage', input, () => {
          venue.language = input.language;
          return ok({ ...venue });
        }),
    },
    backend: {
      configure: async (credentials: BackendCredentials) => {
        calls.push({ call: 'configure', input: credentials });
        if (options.latencyMs) await delay(options.latencyMs);
        await delay(options.verifyMs ?? 600);
        const error = errors.configure;
        if (error) return { ok: false, error } as Result<BackendStatus>;
        const b = credentials.backend;
        const account =
          b === 'resmark' ? credentials.username : `API key ending …${credentials.apiKey.slice(-4)}`;
        if (mode === 'demo') for (const other of BACKENDS) Object.assign(backends.get(other)!, offState());
        mode = 'live';
        Object.assign(backends.get(b)!, {
          mode: 'live',
          baseUrl: credentials.baseUrl,
          account,
          connection: 'online',
          lastSyncAt: null,
          lastError: null,
        });
        statusChanged();
        return ok(statusOf(b));
      },
      useDemo: () =>
        answer('useDemo', undefined, () => {
          const live = BACKENDS.filter((b) => backends.get(b)!.mode === 'live');
          if (live.length > 0) {
            return fail(
              'CONFLICT',
              `Sign out of ${live.join(' and ')} first; demo mode runs only when no back end is connected.`,
            );
          }
          return ok(appStatus());
        }),
      signOut: (input: { backend: BackendId; wipeCache: boolean }) =>
        answer('signOut', input, () => {
          if (outboxSize > 0) {
            return fail(
              'OUTBOX_NOT_EMPTY',
              `${outboxSize} sales are still waiting to be sent. Reconnect and let them send before signing out.`,
            );
          }
          const s = backends.get(input.backend)!;
          if (s.mode !== 'live') return fail('NOT_CONFIGURED', `${input.backend} is not connected.`);
          Object.assign(s, offState());
          if (BACKENDS.every((b) => backends.get(b)!.mode !== 'live')) {
            mode = 'demo';
            for (const b of BACKENDS) Object.assign(backends.get(b)!, demoState(b, now()));
          }
          statusChanged();
          return ok(appStatus());
        }),
    },
    sync: {
      start: (request: { backend?: BackendId; full?: boolean }) =>
        answer('syncStart', request, () => sync.start(request.backend)),
      cancel: () => answer('syncCancel', undefined, () => ok(sync.cancel())),
      state: () => answer('syncState', undefined, () => ok(sync.state())),
    },
    cache: {
      counts: () => answer('counts', undefined, () => ok(countsOf(customers, sessions))),
    },
    customers: {
      search: (input: { query: string; limit?: number }) =>
        answer('search', input, () => ok(search(customers, input.query, input.limit ?? 25))),
    },
    sessions: {
      list: (input: { from: string; to: string }) =>
        answer('sessions', input, () => {
          const from = Date.parse(input.from);
          const to = Date.parse(input.to);
          return ok(sessions.filter((s) => Date.parse(s.startsAt) >= from && Date.parse(s.startsAt) <= to));
        }),
    },
    // Check-in is not modelled by this fake yet: every call says so instead of inventing an answer.
    checkin: {
      resolve: () => Promise.resolve(fail('INTERNAL', 'checkin:resolve is not in the fake API yet.')),
      options: () => Promise.resolve(fail('INTERNAL', 'checkin:options is not in the fake API yet.')),
      checkIn: () => Promise.resolve(fail('INTERNAL', 'checkin:checkIn is not in the fake API yet.')),
      undo: () => Promise.resolve(fail('INTERNAL', 'checkin:undo is not in the fake API yet.')),
      today: () => Promise.resolve(fail('INTERNAL', 'checkin:today is not in the fake API yet.')),
      kioskFind: () => Promise.resolve(fail('INTERNAL', 'checkin:kioskFind is not in the fake API yet.')),
      resmarkOrder: () =>
        Promise.resolve(fail('INTERNAL', 'checkin:resmarkOrder is not in the fake API yet.')),
      export: () => Promise.resolve(fail('INTERNAL', 'checkin:export is not in the fake API yet.')),
    },
    outbox: {
      list: () => Promise.resolve(fail('INTERNAL', 'outbox:list is not in the fake API yet.')),
      send: () => Promise.resolve(fail('INTERNAL', 'outbox:send is not in the fake API yet.')),
      resolve: () => Promise.resolve(fail('INTERNAL', 'outbox:resolve is not in the fake API yet.')),
    },
    sales: {
      availability: () => Promise.resolve(fail('INTERNAL', 'sales:availability is not in the fake API yet.')),
      sell: () => Promise.resolve(fail('INTERNAL', 'sales:sell is not in the fake API yet.')),
      receipt: () => Promise.resolve(fail('INTERNAL', 'sales:receipt is not in the fake API yet.')),
      today: () => Promise.resolve(fail('INTERNAL', 'sales:today is not in the fake API yet.')),
      export: () => Promise.resolve(fail('INTERNAL', 'sales:export is not in the fake API yet.')),
      holdSeats: () => Promise.resolve(fail('INTERNAL', 'sales:holdSeats is not in the fake API yet.')),
      holdState: () => Promise.resolve(fail('INTERNAL', 'sales:holdState is not in the fake API yet.')),
      releaseSeats: () => Promise.resolve(fail('INTERNAL', 'sales:releaseSeats is not in the fake API yet.')),
      reservieOptions: () =>
        Promise.resolve(fail('INTERNAL', 'sales:reservieOptions is not in the fake API yet.')),
      products: () => Promise.resolve(fail('INTERNAL', 'sales:products is not in the fake API yet.')),
    },
    kiosk: {
      state: () => answer('kioskState', undefined, () => kiosk.state()),
      setPin: (input: { pin: string; currentPin?: string }) =>
        answer('kioskSetPin', input, () => kiosk.setPin(input)),
      enter: () => answer('kioskEnter', undefined, () => kiosk.enter()),
      exit: (input: { pin: string }) => answer('kioskExit', input, () => kiosk.exit(input)),
      setStartAtLogin: (input: { enabled: boolean }) =>
        answer('kioskSetStartAtLogin', input, () => kiosk.setStartAtLogin(input)),
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set<(payload: unknown) => void>();
      listeners.set(event, set);
      const wrapped = (payload: unknown) => listener(payload as EventPayload<E>);
      set.add(wrapped);
      return () => void set.delete(wrapped);
    },
  } satisfies Api;

  if (options.sync?.runningAtStart) setTimeout(() => sync.start(undefined), 0);

  const controls: FakeControls = {
    emit,
    setConnection(backend, state) {
      backends.get(backend)!.connection = state;
      statusChanged();
    },
    setOutboxSize(size) {
      outboxSize = size;
      statusChanged();
    },
    setError(call, error) {
      if (error) errors[call] = error;
      else delete errors[call];
    },
    status: appStatus,
    calls,
  };
  return { api, controls };
}

/** The Api alone, for code that only needs a window.frontdesk. */
export function createFakeApi(options: FakeApiOptions = {}): Api {
  return createFakeBackend(options).api;
}

function offState(): Partial<BackendState> {
  return {
    mode: 'off',
    baseUrl: null,
    account: null,
    connection: 'unknown',
    lastSyncAt: null,
    lastError: null,
  };
}

function demoState(b: BackendId, now: Date): Partial<BackendState> {
  return {
    mode: 'demo',
    baseUrl: DEMO_URL[b],
    account: 'Demo venue',
    connection: 'online',
    lastSyncAt: now.toISOString(),
  };
}

function search(customers: CustomerHit[], raw: string, limit: number): CustomerHit[] {
  const q = raw.trim().toLowerCase();
  const digits = q.replace(/\D/g, '');
  return customers
    .filter(
      (c) =>
        c.name.toLowerCase().includes(q) ||
        (c.email ?? '').toLowerCase().includes(q) ||
        (c.confirmation ?? '').toLowerCase().includes(q) ||
        (digits.length >= 3 && (c.phone ?? '').replace(/\D/g, '').includes(digits)),
    )
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)))
    .slice(0, limit);
}

function countsOf(customers: CustomerHit[], sessions: SessionSummary[]): CacheCounts {
  return {
    customers: customers.filter((c) => c.kind === 'customer').length,
    events: sessions.filter((s) => s.source === 'reservie').length,
    passes: 6,
    customerPasses: customers.reduce((n, c) => n + c.passes.length, 0),
    registrations: 0,
    products: 3,
    availability: sessions.filter((s) => s.source === 'resmark').length,
    orders: customers.filter((c) => c.kind === 'order').length,
  };
}
