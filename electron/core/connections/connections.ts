// Core (plain Node): which back ends the desk is connected to — the built-in simulators in demo
// mode, or the live services configured in Setup — and the credentials, clients and sync plans
// that go with them. The only module that reads secrets from the vault.
import type { BackendCredentials, BackendId, BackendStatus } from '../../../shared/domain/backend';
import type { AppSettings } from '../core-types';
import type { Clock, Logger, SecretVault, SettingsStore, StartDemoBackends } from '../ports';
import { CoreError } from '../../../shared/ipc/core-error';
import { createLink, type Link, type LinkDeps } from './links';
import { startDemoLinks, type DemoLinks } from './demo-links';

export interface ConnectionsDeps extends LinkDeps {
  settings: SettingsStore<AppSettings>;
  vault: SecretVault;
  clock: Clock;
  logger: Logger;
  /** The host's demo back ends, started whenever no live back end is connected. */
  demoBackends: StartDemoBackends;
  /** Called before the data source flips, so a sync still writing into the old cache can stop. */
  beforeModeChange(): Promise<void>;
  /** Told when the data source flips between demo and live, so the core can switch cache files. */
  onModeChange(mode: 'demo' | 'live'): void;
}

export type Connections = Awaited<ReturnType<typeof createConnections>>;

const SECRET_KEYS: Record<BackendId, readonly string[]> = {
  reservie: ['reservie.apiKey', 'reservie.apiSecret'],
  resmark: ['resmark.username', 'resmark.apiKey'],
};

export async function createConnections(deps: ConnectionsDeps) {
  const live = new Map<BackendId, Link>();
  let demo: DemoLinks | null = null;

  for (const [backend, saved] of Object.entries(deps.settings.get('backends')) as [
    BackendId,
    { baseUrl: string; account: string },
  ][]) {
    const credentials = readCredentials(deps.vault, backend, saved.baseUrl);
    if (credentials) live.set(backend, createLink(credentials, 'live', saved.account, deps));
    else
      deps.logger.warn('configured back end has no stored credentials; treating it as signed out', {
        backend,
      });
  }
  if (live.size === 0) demo = await startDemoLinks(deps.demoBackends, deps);

  const links = (): Link[] => (demo ? demo.links : [...live.values()]);

  return {
    mode: (): 'demo' | 'live' => (demo ? 'demo' : 'live'),
    links,
    statuses(): BackendStatus[] {
      const byBackend = new Map(links().map((l) => [l.backend, l.status()]));
      return (['reservie', 'resmark'] as const).map((b) => byBackend.get(b) ?? offStatus(b));
    },

    /** Verifies the credentials by getting a token, and only then saves them. */
    async configure(credentials: BackendCredentials): Promise<BackendStatus> {
      const account = accountLabel(credentials);
      // The new link's own client signs in: the token it gets is the one the link goes on using,
      // and the request counts against the same budget as everything after it.
      const link = createLink(credentials, 'live', account, deps);
      try {
        await link.client.api.authenticate();
      } catch (error) {
        link.close();
        throw error;
      }
      for (const [key, value] of Object.entries(secretsOf(credentials))) deps.vault.set(key, value);
      deps.settings.set('backends', {
        ...deps.settings.get('backends'),
        [credentials.backend]: { baseUrl: credentials.baseUrl, account },
      });
      live.get(credentials.backend)?.close();
      live.set(credentials.backend, link);
      if (demo) {
        await deps.beforeModeChange();
        await demo.close();
        demo = null;
        deps.onModeChange('live');
      }
      return link.status();
    },

    async useDemo(): Promise<void> {
      if (demo) return;
      const names = [...live.keys()].join(' and ');
      throw new CoreError(
        'CONFLICT',
        `Sign out of ${names} first; demo mode runs only when no back end is connected.`,
      );
    },

    async signOut(backend: BackendId): Promise<void> {
      const link = live.get(backend);
      if (!link) throw new CoreError('NOT_CONFIGURED', `${backend} is not connected.`);
      link.close();
      live.delete(backend);
      for (const key of SECRET_KEYS[backend]) deps.vault.delete(key);
      const { [backend]: _removed, ...rest } = deps.settings.get('backends');
      deps.settings.set('backends', rest);
      if (live.size === 0) {
        await deps.beforeModeChange();
        demo = await startDemoLinks(deps.demoBackends, deps);
        deps.onModeChange('demo');
      }
    },

    async close(): Promise<void> {
      for (const link of live.values()) link.close();
      await demo?.close();
    },
  };
}

function offStatus(backend: BackendId): BackendStatus {
  return {
    backend,
    mode: 'off',
    baseUrl: null,
    account: null,
    connection: 'unknown',
    tokenExpiresAt: null,
    lastSyncAt: null,
    lastError: null,
  };
}

function secretsOf(c: BackendCredentials): Record<string, string> {
  return c.backend === 'reservie'
    ? { 'reservie.apiKey': c.apiKey, 'reservie.apiSecret': c.apiSecret }
    : { 'resmark.username': c.username, 'resmark.apiKey': c.apiKey };
}

function readCredentials(vault: SecretVault, backend: BackendId, baseUrl: string): BackendCredentials | null {
  if (backend === 'reservie') {
    const apiKey = vault.get('reservie.apiKey');
    const apiSecret = vault.get('reservie.apiSecret');
    return apiKey && apiSecret ? { backend, baseUrl, apiKey, apiSecret } : null;
  }
  const username = vault.get('resmark.username');
  const apiKey = vault.get('resmark.apiKey');
  return username && apiKey ? { backend, baseUrl, username, apiKey } : null;
}

/** What staff see as "signed in as": never the whole key. */
function accountLabel(c: BackendCredentials): string {
  return c.backend === 'resmark' ? c.username : `API key ending …${c.apiKey.slice(-4)}`;
}
