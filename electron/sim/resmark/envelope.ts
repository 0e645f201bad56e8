// Simulator (plain Node): Resmark's `{errorMessage, data}` envelope (§6) and its paging (§5):
// `limit` default 50, `page` from 0. The notes give no maximum, so a bigger limit is served as
// this simulator's cap of 500 rather than refused; limit below 1 or not an integer is a 400.
import { intParam, pageSizeParam } from '../common/query';
import type { ApiReply } from '../common/router';
import type { SimError } from '../common/sim-error';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export const ok = (data: unknown, status = 200): ApiReply => ({ status, body: { errorMessage: null, data } });

/** Failures carry a message and `data: null` (§6 [A]). */
export function renderResmarkError(err: SimError): unknown {
  return { errorMessage: err.message, data: null };
}

export interface LimitPage {
  limit: number;
  page: number;
  offset: number;
}

export function readLimitPage(q: URLSearchParams): LimitPage {
  const limit = pageSizeParam(q, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  const page = intParam(q, 'page', 0, 0, 1_000_000_000);
  return { limit, page, offset: page * limit };
}

export function pageOf<T>(items: readonly T[], p: LimitPage): T[] {
  return items.slice(p.offset, p.offset + p.limit);
}
