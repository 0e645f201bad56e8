// Renderer: a failed sync (with Try again) and a refused Sync now, shown above the screen's content.
import { useStatus, useStores, useSync } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { activeBackends } from '../status/status-store';
import { failureKey, type SyncFailure } from './sync-store';

/**
 * The failure to show: the one this window saw happen, else the one the core remembers in
 * app:status (a run that failed before this window subscribed, e.g. at start-up).
 */
function useSyncFailure(): SyncFailure | null {
  const seen = useSync((s) => s.failure);
  const dismissed = useSync((s) => s.dismissed);
  const status = useStatus((s) => s.status);
  const remembered = activeBackends(status).find((b) => b.lastError);
  const failure =
    seen ?? (remembered?.lastError ? { backend: remembered.backend, message: remembered.lastError } : null);
  return failure && failureKey(failure) !== dismissed ? failure : null;
}

export function SyncBanners() {
  const { sync } = useStores();
  const failure = useSyncFailure();
  const actionError = useSync((s) => s.actionError);
  const running = useSync((s) => s.running);
  const starting = useSync((s) => s.starting);

  return (
    <>
      {failure && !running && (
        <Banner
          tone="danger"
          urgent
          title={`Sync failed — ${BACKEND_LABEL[failure.backend].kind} (${BACKEND_LABEL[failure.backend].product})`}
          actions={
            <Button variant="secondary" busy={starting} onClick={() => void sync.getState().syncNow()}>
              Try again
            </Button>
          }
          onDismiss={() => sync.getState().dismiss(failure)}
        >
          {failure.message} You can keep working with the data already on this device.
        </Banner>
      )}
      {actionError && (
        <Banner
          tone="danger"
          urgent
          title="Couldn't start the sync"
          onDismiss={() => sync.getState().dismiss()}
        >
          {actionError.message}
        </Banner>
      )}
    </>
  );
}
