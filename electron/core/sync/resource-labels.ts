// Core (plain Node): sync resources named for staff in failure messages, with the words the
// renderer's progress bar uses (shared/domain/sync.ts).
import { SYNC_RESOURCE_LABEL, type SyncResource } from '../../../shared/domain/sync-resources';

export function resourceLabel(resource: SyncResource): string {
  return SYNC_RESOURCE_LABEL[resource];
}

/** "Customers", "Customers and Bookings", "Customers, Sessions and Bookings". */
export function labelList(resources: readonly SyncResource[]): string {
  const names = resources.map(resourceLabel);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
