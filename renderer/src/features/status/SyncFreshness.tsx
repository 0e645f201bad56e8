// Renderer: "Synced 3 min ago" — green when fresh, amber when stale, red when old or never; never
// green while the status area says a back end is offline or failed to sync (then it is neutral).
import { useTranslation } from 'react-i18next';
import type { BackendStatus } from '../../../../shared/domain/backend';
import { formatAge, formatDateTime } from '../../lib/format';
import { oldestSync, syncFreshness } from '../../lib/freshness';
import { useNow } from '../../lib/use-now';
import { ClockIcon } from '../../ui/icons';

export function SyncFreshness({ backends, trouble }: { backends: BackendStatus[]; trouble: boolean }) {
  const { t } = useTranslation('status');
  const now = useNow();
  if (backends.length === 0) return null;
  const last = oldestSync(backends.map((b) => b.lastSyncAt));
  const fresh = syncFreshness(last, now);
  // While updates are failing, "Synced just now" would contradict the status area: say when the
  // saved copy was last brought up to date instead, without the all-clear colour.
  const level = trouble && fresh.level === 'fresh' ? 'paused' : fresh.level;
  const age = last === null ? '' : formatAge(now - Date.parse(last));
  const text =
    level === 'never'
      ? t('freshness.never')
      : t(level === 'fresh' ? 'freshness.synced' : 'freshness.lastSynced', { age });
  // The tooltip breaks the figure down per back end for whoever wonders which one is behind.
  const detail = backends
    .map(
      (b) =>
        `${t(`kind.${b.backend}`)}: ${b.lastSyncAt ? formatDateTime(b.lastSyncAt) : t('freshness.neverShort')}`,
    )
    .join('\n');
  return (
    <p className={`freshness freshness--${level}`} data-freshness={level} title={detail}>
      <ClockIcon size={18} />
      <span>{text}</span>
    </p>
  );
}
