// Renderer: the words for sync progress ("Customers 4,200 / 10,000 · 9,800/min").
import type { SyncProgress, SyncResource } from '../../../../shared/domain/sync';
import { formatNumber } from '../../lib/format';

export const RESOURCE_LABEL: Record<SyncResource, string> = {
  customers: 'Customers',
  events: 'Sessions',
  passes: 'Pass types',
  customerPasses: 'Customer passes',
  registrations: 'Registrations',
  products: 'Tours',
  availability: 'Availability',
  orders: 'Bookings',
};

export function progressText(p: SyncProgress): string {
  const counts =
    p.total === null ? formatNumber(p.done) : `${formatNumber(p.done)} / ${formatNumber(p.total)}`;
  const rate = p.ratePerMinute > 0 ? ` · ${formatNumber(p.ratePerMinute)}/min` : '';
  return `${RESOURCE_LABEL[p.resource]} ${counts}${rate}`;
}
