// Core (plain Node): the staff-facing names of the sync resources, for failure messages (the same
// words the renderer's progress bar uses; the core may not import the renderer).
import type { SyncResource } from '../../../shared/domain/sync';

const LABEL: Record<SyncResource, string> = {
  customers: 'Customers',
  events: 'Sessions',
  passes: 'Pass types',
  customerPasses: 'Customer passes',
  registrations: 'Registrations',
  products: 'Tours',
  availability: 'Availability',
  orders: 'Bookings',
};

export function resourceLabel(resource: SyncResource): string {
  return LABEL[resource];
}

/** "Customers", "Customers and Bookings", "Customers, Sessions and Bookings". */
export function labelList(resources: readonly SyncResource[]): string {
  const names = resources.map(resourceLabel);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
