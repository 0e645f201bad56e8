// Renderer: the strip under the header — connections, unsent sales, data freshness and syncing.
import { useStatus, useSync } from '../../app/stores-context';
import { SyncControl } from '../sync/SyncControl';
import { activeBackends } from './status-store';
import { ConnectionList } from './ConnectionList';
import { OutboxIndicator } from './OutboxIndicator';
import { SyncFreshness } from './SyncFreshness';

export function StatusBar() {
  const status = useStatus((s) => s.status);
  const syncPanel = useSync((s) => s.panel);
  if (!status) return null;
  const backends = activeBackends(status);
  return (
    <div className="status-bar" role="region" aria-label="Connection and sync status">
      <div className="status-bar__left">
        <ConnectionList backends={backends} />
        <OutboxIndicator size={status.outboxSize} />
      </div>
      <div className="status-bar__right">
        {!syncPanel && <SyncFreshness backends={backends} />}
        <SyncControl disabled={backends.length === 0} />
      </div>
    </div>
  );
}
