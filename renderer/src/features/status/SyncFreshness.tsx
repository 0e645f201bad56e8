// Renderer: "Synced 3 min ago" — green when fresh, amber when stale, red when old or never; never
// green while the status area says a back end is offline or failed to sync (then it is neutral).
import type { BackendStatus } from '../../../../shared/domain/backend';
import { BACKEND_LABEL } from '../../lib/backends';
import { formatDateTime } from '../../lib/format';
import { oldestSync, syncFreshness } from '../../lib/freshness';
import { useNow } from '../../lib/use-now';
import { ClockIcon } from '../../ui/icons';

export function SyncFreshness({ backends, trouble }: { backends: BackendStatus[]; trouble: boolean }) {
  const now = useNow();
  if (backends.length === 0) return null;
  const last = oldestSync(backends.map((b) => b.lastSyncAt));
  const fresh = syncFreshness(last, now);
  // While updates are failing, "Synced just now" would contradict the status area: say when the
  // saved copy was last brought up to date instead, without the all-clear colour.
  const { level, text } =
    trouble && fresh.level === 'fresh'
      ? { level: 'paused' as const, text: fresh.text.replace(/^Synced/, 'Last synced') }
      : fresh;
  // The tooltip breaks the figure down per back end for whoever wonders which one is behind.
  const detail = backends
    .map((b) => `${BACKEND_LABEL[b.backend].kind}: ${b.lastSyncAt ? formatDateTime(b.lastSyncAt) : 'never'}`)
    .join('\n');
  return (
    <p className={`freshness freshness--${level}`} data-freshness={level} title={detail}>
      <ClockIcon size={18} />
      <span>{text}</span>
    </p>
  );
}
