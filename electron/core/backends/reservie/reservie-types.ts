// Core (plain Node): the Reservie client's option, paging and input types.
import type { CallOptions } from '../call-options';
import type { ClientTransportOptions } from '../authed-http';
import type { SkipLogger } from '../parse';

export type { AcceptedWrite, WriteResult } from './write-reply';

/** baseUrl e.g. https://go.reservie.net/api/v1; the default budget is 100 requests per minute (§4). */
export interface ReservieClientOptions extends ClientTransportOptions {
  apiKey: string;
  apiSecret: string;
  /** Told (resource and count only) when a page held records that could not be read. */
  logger?: SkipLogger;
}

/** Reservie pages start at 1; perPage is at most 100 (§5). */
export interface ReserviePageOptions extends CallOptions {
  page: number;
  perPage: number;
}

export interface Paged<T> {
  items: T[];
  /** As the server reports it; null if it did not. */
  total: number | null;
  page: number;
  perPage: number;
  /** Rows left out because they could not be read (no usable id or start); absent when none. */
  skipped?: number;
  /**
   * Rows the server sent on this page, when that differs from items.length: rows skipped, a
   * series event expanded into its dates, or other dates' registrations left out. Compare running
   * sums of `received ?? items.length` (not items.length) with `total`.
   */
  received?: number;
}

export interface CustomerInput {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
}

/** Body of POST /customer-passes (§7): a pass sold to a customer. */
export interface CustomerPassInput {
  customerId: string;
  passId: string;
  /** YYYY-MM-DD; Reservie's default is today. */
  startDate?: string;
}

/** Body of POST /events/:id/registrations (reservie.md §10.1, an assumption). */
export interface RegistrationInput {
  customerId: string;
  spaces?: number;
  paymentMethod: 'card' | 'cash' | 'pass' | 'free';
  customerPassId?: string;
  dateId?: string;
  joinWaitingList?: boolean;
}
