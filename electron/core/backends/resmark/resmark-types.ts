// Core (plain Node): the Resmark client's paging and input types.
import type { CallOptions } from '../call-options';
import type { SkipLogger } from '../parse';
import type { ResmarkClientOptions } from './resmark-transport';

/** The transport's options plus where skipped-record warnings go. */
export interface ResmarkClientConfig extends ResmarkClientOptions {
  /** Told (resource and count only) when a reply held records that could not be read. */
  logger?: SkipLogger;
}

/** Resmark pages start at 0 (§5). */
export interface ResmarkPageOptions extends CallOptions {
  page: number;
  limit?: number;
}

/** Resmark reports no totals; the page walk decides where the list ends. */
export interface ResmarkPage<T> {
  items: T[];
  page: number;
  limit: number;
  /** Rows left out because they could not be read (no usable id); absent when none. */
  skipped?: number;
}

export interface OrderQuery extends ResmarkPageOptions {
  /** YYYY-MM-DD, inclusive. */
  fromModifiedDate?: string;
  toModifiedDate?: string;
  referenceId?: string;
  sortOrder?: 'asc' | 'desc';
}

export interface CartItemInput {
  /** The slot's activityId. */
  itemId: string;
  /** Count per price tier, e.g. { Adult: 2, Child: 1 }. */
  participants: Record<string, number>;
  locationId?: string;
  pickupDetailId?: string;
}

/** Lead guest; custom checkout questions travel as extra keys named by their label (§7.4). */
export type CartCustomerInput = {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
} & Record<string, string | undefined>;

export interface OrderInput {
  cartId: string;
  /** Our id for the sale: lets a retry after a lost reply find the order instead of selling twice. */
  referenceId: string;
  /** Shown on the payment, e.g. "walk-up cash". */
  memo: string;
  /** Whether Resmark e-mails the customer a confirmation; unset leaves Resmark's default. */
  sendConfirmationEmail?: boolean;
}
