// Renderer: the strip under the header — connections, unsent sales, the day summary, data freshness and syncing.
import { useTranslation } from 'react-i18next';
import { useStatus, useSync } from '../../app/stores-context';
import { deskStatus } from './desk-status';
import { SyncControl } from '../sync/SyncControl';
import { ConnectionList } from './ConnectionList';
import { OutboxIndicator } from './OutboxIndicator';
import { SummaryButton } from '../summary/SummaryButton';
import { SyncFreshness } from './SyncFreshness';

export function StatusBar() {
  const { t } = useTranslation('status');
  const status = useStatus((s) => s.status);
  const seen = useSync((s) => s.failure);
  const dismissed = useSync((s) => s.dismissed);
  if (!status) return null;
  const { backends, trouble } = deskStatus(status, seen, dismissed);
  return (
    <div className="status-bar" role="region" aria-label={t('bar.label')}>
      <div className="status-bar__left">
        <ConnectionList backends={backends} />
        <OutboxIndicator size={status.outboxSize} />
        <SummaryButton />
      </div>
      <div className="status-bar__right">
        <SyncControl disabled={backends.length === 0}>
          <SyncFreshness backends={backends} trouble={trouble} />
        </SyncControl>
      </div>
    </div>
  );
}
