// Core (plain Node): one connected back end — its API client (with token manager and request
// budget), its online/offline state, its sync plan, and the status the renderer may see.
import type { BackendCredentials, BackendId, BackendStatus } from '../../../shared/domain/backend';
import type { Clock, Logger } from '../ports';
import { createConnectivity, httpProbe } from '../http/connectivity';
import { createReservieClient, type ReservieClient } from '../backends/reservie/reservie-client';
import { createResmarkClient, type ResmarkClient } from '../backends/resmark/resmark-client';
import type { RequestBudget } from '../http/request-budget';
import { reserviePlan } from '../sync/reservie-plan';
import { resmarkPlan } from '../sync/resmark-plan';
import type { SyncStep } from '../sync/sync-types';
import type { OutboxAccount } from '../store/outbox-account';
import { outboxAccountOf } from './outbox-account-of';

export interface LinkDeps {
  clock: Clock;
  logger: Logger;
  onStatusChange(): void;
  /** Last successful sync as recorded in the cache, for the status after a restart. */
  lastSyncAt(backend: BackendId): string | null;
  /** Overrides the back end's default request budget (benchmarks use a time-scaled one). */
  budgetFor?(backend: BackendId): RequestBudget | undefined;
}

export type LinkClient =
  { backend: 'reservie'; api: ReservieClient } | { backend: 'resmark'; api: ResmarkClient };

export interface Link {
  backend: BackendId;
  mode: 'demo' | 'live';
  /** The account queued work for this link is stored under; a sender reads only its rows. */
  outboxAccount: OutboxAccount;
  client: LinkClient;
  status(): BackendStatus;
  plan(): SyncStep[];
  recordSync(error: string | null, at: Date): void;
  close(): void;
}

export function createLink(
  credentials: BackendCredentials,
  mode: 'demo' | 'live',
  account: string,
  deps: LinkDeps,
): Link {
  const connectivity = createConnectivity({ probe: httpProbe(credentials.baseUrl) });
  const offChange = connectivity.onChange(() => deps.onStatusChange());
  const client = createClient(credentials, {
    clock: deps.clock,
    // Rows a back end sends that we cannot read are skipped and counted in the log, never shown as data.
    logger: deps.logger,
    budget: deps.budgetFor?.(credentials.backend),
    onOutcome: (o) => connectivity.report(o),
  });
  let lastSync: { at: string | null; error: string | null } = { at: null, error: null };

  return {
    backend: credentials.backend,
    mode,
    outboxAccount: outboxAccountOf(credentials, mode),
    client,
    status: () => ({
      backend: credentials.backend,
      mode,
      baseUrl: credentials.baseUrl,
      account,
      connection: connectivity.state(),
      tokenExpiresAt: client.api.tokenExpiresAt()?.toISOString() ?? null,
      lastSyncAt: lastSync.at ?? deps.lastSyncAt(credentials.backend),
      lastError: lastSync.error,
    }),
    plan: () => (client.backend === 'reservie' ? reserviePlan(client.api) : resmarkPlan(client.api)),
    recordSync(error, at) {
      lastSync = error ? { at: lastSync.at, error } : { at: at.toISOString(), error: null };
    },
    close() {
      offChange();
      connectivity.close();
    },
  };
}

type ClientOptions = Pick<
  Parameters<typeof createReservieClient>[0],
  'clock' | 'logger' | 'budget' | 'onOutcome'
>;

function createClient(c: BackendCredentials, o: ClientOptions): LinkClient {
  return c.backend === 'reservie'
    ? {
        backend: 'reservie',
        api: createReservieClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, apiSecret: c.apiSecret, ...o }),
      }
    : {
        backend: 'resmark',
        api: createResmarkClient({ baseUrl: c.baseUrl, username: c.username, apiKey: c.apiKey, ...o }),
      };
}
