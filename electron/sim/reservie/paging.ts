// Simulator (plain Node): v1 paging (§5): `page` from 1, `perPage` default 25, at most 100. A
// bigger perPage is served (and echoed) as 100, since the note gives a maximum, not an error;
// perPage below 1, page below 1 or a non-integer is a 400 validation_error naming the parameter.
import { intParam, pageSizeParam } from '../common/query';
import { json, type ApiReply } from '../common/router';

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

export interface Paging {
  page: number;
  perPage: number;
  offset: number;
}

export function readPaging(q: URLSearchParams): Paging {
  const page = intParam(q, 'page', 1, 1, 1_000_000_000);
  const perPage = pageSizeParam(q, 'perPage', DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  return { page, perPage, offset: (page - 1) * perPage };
}

/** `{ <key>: [...], total, page, perPage }`; a page past the end is an empty array with the right total. */
export function pageReply<T, V>(
  key: string,
  items: readonly T[],
  paging: Paging,
  view: (item: T) => V,
): ApiReply {
  const rows = items.slice(paging.offset, paging.offset + paging.perPage).map(view);
  return json(200, { [key]: rows, total: items.length, page: paging.page, perPage: paging.perPage });
}
