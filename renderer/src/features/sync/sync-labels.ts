// Renderer: the words for sync progress ("Customers 4,200 / 10,000"). No request rate: it means
// nothing at the desk (the CLI and the logs have it). Pure: the caller passes the `sync` namespace's t.
import type { TFunction } from 'i18next';
import type { SyncProgress } from '../../../../shared/domain/sync';
import { formatNumber } from '../../lib/format';

export function progressText(p: SyncProgress, t: TFunction<'sync'>): string {
  const counts =
    p.total === null ? formatNumber(p.done) : `${formatNumber(p.done)} / ${formatNumber(p.total)}`;
  return t('progress', { resource: t(`resource.${p.resource}`), counts });
}
