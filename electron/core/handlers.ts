// Core (plain Node): the contract's handlers: each one a thin call into a core service.
import type { AppStatus, BackendId } from '../../shared/domain/backend';
import type { DoctorReport } from '../../shared/domain/doctor';
import type { Handlers } from './ipc/dispatch';
import { CoreError } from '../../shared/ipc/core-error';
import type { Connections } from './connections/connections';
import type { SyncService } from './sync/sync-service';
import type { CacheStore } from './store/cache-store';
import type { OutboxStore } from './store/outbox-store';
import type { SecretVault } from './ports';

export interface HandlerDeps {
  version: string;
  vault: SecretVault;
  connections: Connections;
  sync: SyncService;
  cache: () => CacheStore;
  /** The current mode's outbox (demo and live each have their own file). */
  outbox: () => OutboxStore;
  doctor(): Promise<DoctorReport>;
  /** Deletes this device's cached copy of a back end's data (sign-out with "also delete saved data"). */
  wipeCache(backend: BackendId): void;
  /** Starts a sync now unless one is running (a newly connected back end should fill the cache). */
  syncSoon(): void;
  /** Called after anything that changes what app:status returns. */
  statusChanged(): void;
}

const PROTECTION_WARNING: Record<SecretVault['protection'], string | null> = {
  'os-keychain': null,
  'file-key':
    'Credentials are encrypted with a key kept in the data folder, not in the system keychain. Anyone who can read that folder can read them.',
  'plain-text':
    'This computer has no keychain (secret storage) available, so credentials are stored without real protection. Install or unlock a keyring before saving real credentials.',
};

export function appStatus(d: HandlerDeps): AppStatus {
  return {
    version: d.version,
    mode: d.connections.mode(),
    backends: d.connections.statuses(),
    secretProtection: d.vault.protection,
    secretProtectionWarning: PROTECTION_WARNING[d.vault.protection],
    outboxSize: d.outbox().pendingCount(),
  };
}

export function createHandlers(d: HandlerDeps): Handlers {
  return {
    'app:status': () => appStatus(d),
    'app:doctor': () => d.doctor(),
    'backend:configure': async (credentials) => {
      const status = await d.connections.configure(credentials);
      d.statusChanged();
      d.syncSoon();
      return status;
    },
    'backend:useDemo': async () => {
      await d.connections.useDemo();
      d.statusChanged();
      return appStatus(d);
    },
    'backend:signOut': async ({ backend, wipeCache }) => {
      // Only this back end's unsent work holds its sign-out; the other back end's is not at risk.
      const unsent = d.outbox().pendingCount({ backend });
      if (unsent > 0) {
        throw new CoreError(
          'OUTBOX_NOT_EMPTY',
          `${unsent} sale${unsent === 1 ? ' is' : 's are'} still waiting to be sent. Reconnect and let them send before signing out.`,
        );
      }
      await d.sync.cancel();
      await d.connections.signOut(backend);
      if (wipeCache) d.wipeCache(backend);
      d.statusChanged();
      return appStatus(d);
    },
    'sync:start': (request) => d.sync.start(request),
    'sync:cancel': () => d.sync.cancel(),
    'sync:state': () => d.sync.state(),
    'cache:counts': () => d.cache().counts(),
    'customers:search': ({ query, limit }) => d.cache().searchCustomers(query, limit ?? 25),
    'sessions:list': ({ from, to }) => d.cache().listSessions(from, to),
  };
}
