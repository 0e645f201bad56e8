// Renderer: the words for sync progress ("Customers 4,200 / 10,000"). No request rate: it means
// nothing at the desk (the CLI and the logs have it).
import type { SyncProgress } from '../../../../shared/domain/sync';
import { SYNC_RESOURCE_LABEL } from '../../../../shared/domain/sync-resources';
import { formatNumber } from '../../lib/format';

export function progressText(p: SyncProgress): string {
  const counts =
    p.total === null ? formatNumber(p.done) : `${formatNumber(p.done)} / ${formatNumber(p.total)}`;
  return `${SYNC_RESOURCE_LABEL[p.resource]} ${counts}`;
}
