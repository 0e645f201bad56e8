// Renderer: one reading of the desk's state for every status indicator, so they can never disagree
// (a green "Synced just now" beside a red "Sync failed"). Pure: tested without a DOM.
import type { AppStatus, BackendStatus } from '../../../../shared/domain/backend';
import { failureKey, type SyncFailure } from '../sync/sync-store';
import { activeBackends } from './status-store';

export interface DeskStatus {
  backends: BackendStatus[];
  /** Back ends that cannot be reached: one "offline" line covers them all. */
  offline: BackendStatus[];
  /** Failed syncs of back ends that are reachable (an offline one's failure is the offline line's detail). */
  failures: SyncFailure[];
  /** Anything wrong with keeping the saved data up to date: the freshness chip must not look all-clear. */
  trouble: boolean;
}

/**
 * `seen` is the failure this window watched happen; the core also remembers each back end's last
 * error in app:status (a run that failed before this window opened). A dismissed failure stays
 * hidden until a different one comes.
 */
export function deskStatus(
  status: AppStatus | null,
  seen: SyncFailure | null,
  dismissed: string | null,
): DeskStatus {
  const backends = activeBackends(status);
  const offline = backends.filter((b) => b.connection === 'offline');
  const remembered = backends.flatMap((b) =>
    b.lastError ? [{ backend: b.backend, message: b.lastError }] : [],
  );
  const byBackend = new Map<string, SyncFailure>();
  for (const f of [...remembered, ...(seen ? [seen] : [])]) byBackend.set(f.backend, f);
  const failures = [...byBackend.values()].filter(
    (f) => failureKey(f) !== dismissed && !offline.some((b) => b.backend === f.backend),
  );
  return { backends, offline, failures, trouble: offline.length > 0 || byBackend.size > 0 };
}
