// Shared (pure TS, no dependencies): the synced lists and their staff-facing names. Run-time
// values the renderer needs live in zod-free modules like this one (and ../ipc/channels), so the
// renderer's bundle carries no zod; ESLint holds it to that (eslint.config.mjs, ZOD_FREE_SHARED).

export const SYNC_RESOURCES = [
  'customers',
  'events',
  'passes',
  'customerPasses',
  'registrations',
  'products',
  'availability',
  'orders',
] as const;
export type SyncResource = (typeof SYNC_RESOURCES)[number];

/** The staff-facing name of each synced list: the progress bar and the core's failure messages share it. */
export const SYNC_RESOURCE_LABEL: Record<SyncResource, string> = {
  customers: 'Customers',
  events: 'Sessions',
  passes: 'Pass types',
  customerPasses: 'Customer passes',
  registrations: 'Registrations',
  products: 'Tours',
  availability: 'Availability',
  orders: 'Bookings',
};
