// Core (plain Node): the Reservie client's option, paging and input types.
import type { HttpOutcome, RetryOptions } from '../../http/http-client';
import type { Lane, RequestBudget } from '../../http/request-budget';
import type { Clock } from '../../ports';
import type { Scheduler } from '../../http/scheduler';

export interface ReservieClientOptions {
  /** e.g. https://go.reservie.net/api/v1 */
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  /** Shared by every caller of this back end; default 100 requests per minute (§4). */
  budget?: RequestBudget;
  clock?: Clock;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  retry?: RetryOptions;
  scheduler?: Scheduler;
  onOutcome?: (outcome: HttpOutcome) => void;
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
