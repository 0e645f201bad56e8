// Core (plain Node): the `backend:` calls: connect a back end, go back to demo, sign out.
import type { AppStatus, BackendId } from '../../../shared/domain/backend';
import { CoreError } from '../../../shared/ipc/core-error';
import type { Connections } from '../connections/connections';
import type { DomainHandlers } from '../ipc/handler-map';

export interface BackendHandlerDeps {
  connections: Pick<Connections, 'configure' | 'useDemo' | 'signOut'>;
  /** Unsent outbox items queued for this back end (whatever account they were queued for). */
  unsentFor(backend: BackendId): number;
  /** Stops a running sync before the back end it writes for goes away. */
  cancelSync(): Promise<unknown>;
  /** Deletes this device's cached copy of a back end's data (sign-out with "also delete saved data"). */
  wipeCache(backend: BackendId): void;
  /**
   * Syncs now, or right after the run in progress (whose plan predates the change). The one place a
   * change of connections asks for a sync: a second ask would queue a second whole run behind the
   * first, doubling the first minute's requests against Reservie's 100-a-minute limit.
   */
  syncSoon(): void;
  /** Called after anything that changes what app:status returns. */
  statusChanged(): void;
  status(): AppStatus;
}

export function backendHandlers(
  d: BackendHandlerDeps,
): DomainHandlers<'backend:configure' | 'backend:useDemo' | 'backend:signOut'> {
  return {
    'backend:configure': async (credentials) => {
      const status = await d.connections.configure(credentials);
      d.statusChanged();
      d.syncSoon();
      return status;
    },
    'backend:useDemo': async () => {
      await d.connections.useDemo();
      d.statusChanged();
      return d.status();
    },
    'backend:signOut': async ({ backend, wipeCache }) => {
      // Only this back end's unsent work holds its sign-out; the other back end's is not at risk.
      const unsent = d.unsentFor(backend);
      if (unsent > 0) {
        throw new CoreError(
          'OUTBOX_NOT_EMPTY',
          `${unsent} sale${unsent === 1 ? ' is' : 's are'} still waiting to be sent. Reconnect and let them send before signing out.`,
        );
      }
      await d.cancelSync();
      await d.connections.signOut(backend);
      if (wipeCache) d.wipeCache(backend);
      d.statusChanged();
      const status = d.status();
      // The last back end gone: demo mode is back, and its saved copy is brought up to date.
      if (status.mode === 'demo') d.syncSoon();
      return status;
    },
  };
}
