// Core (plain Node): which record type, back end and table each sync resource maps to.
import type { BackendId } from '../../../shared/domain/backend';
import type { SyncResource } from '../../../shared/domain/sync-resources';
import type {
  CustomerPassRecord,
  CustomerRecord,
  OrderRecord,
  PassRecord,
  ProductRecord,
  RegistrationRecord,
  SessionRecord,
  SlotRecord,
} from './records';

/** The record a sync page of each resource carries. */
export interface RecordByResource {
  customers: CustomerRecord;
  events: SessionRecord;
  passes: PassRecord;
  customerPasses: CustomerPassRecord;
  registrations: RegistrationRecord;
  products: ProductRecord;
  availability: SlotRecord;
  /** Its items are replaced as a whole on every write. */
  orders: OrderRecord;
}

export type RecordFor<R extends SyncResource> = RecordByResource[R];

/**
 * Limits a sweep to what a partial pass actually re-read: the registers of some sessions, or one
 * product's inventory for a date range (UTC dates, inclusive). Other resources sweep whole tables.
 */
export interface SweepScopeByResource {
  registrations: { sessionIds: readonly string[] };
  availability: { productId?: string; fromDate: string; toDate: string };
}

export type SweepScopeFor<R extends SyncResource> = R extends keyof SweepScopeByResource
  ? SweepScopeByResource[R]
  : never;

/** The back end that owns each resource; a page written under the wrong one is a bug. */
export const RESOURCE_BACKEND: Record<SyncResource, BackendId> = {
  customers: 'reservie',
  events: 'reservie',
  passes: 'reservie',
  customerPasses: 'reservie',
  registrations: 'reservie',
  products: 'resmark',
  availability: 'resmark',
  orders: 'resmark',
};

/** The table each resource lives in (constants, never user input, so safe to splice into SQL). */
export const RESOURCE_TABLE: Record<SyncResource, string> = {
  customers: 'customers',
  events: 'sessions',
  passes: 'passes',
  customerPasses: 'customer_passes',
  registrations: 'registrations',
  products: 'products',
  availability: 'slots',
  orders: 'orders',
};

/** Upserts one record inside the caller's transaction, stamping it with the pass's generation. */
export type RecordWriter<R extends SyncResource> = (record: RecordFor<R>, gen: number) => void;
/** Deletes the rows of a resource (within scope) not stamped with `gen`; returns how many. */
export type Sweeper<R extends SyncResource> = (gen: number, scope?: SweepScopeFor<R>) => number;

export type RecordWriters<K extends SyncResource = SyncResource> = { [R in K]: RecordWriter<R> };
export type Sweepers<K extends SyncResource = SyncResource> = { [R in K]: Sweeper<R> };
