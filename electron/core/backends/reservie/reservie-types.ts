// Core (plain Node): the Reservie client's option, paging and input types.
import type { Lane } from '../../http/request-budget';
import type { ClientTransportOptions } from '../authed-http';

/** baseUrl e.g. https://go.reservie.net/api/v1; the default budget is 100 requests per minute (§4). */
export interface ReservieClientOptions extends ClientTransportOptions {
  apiKey: string;
  apiSecret: string;
}

export interface CallOptions {
  lane?: Lane;
  signal?: AbortSignal;
}

/** Reservie pages start at 1; perPage is at most 100 (§5). */
export interface PageOptions extends CallOptions {
  page: number;
  perPage: number;
}

export interface Paged<T> {
  items: T[];
  /** As the server reports it; null if it did not. */
  total: number | null;
  page: number;
  perPage: number;
  /** No page follows (from the total, or a short page). */
  last: boolean;
}

export interface CustomerInput {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
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
