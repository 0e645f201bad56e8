// Core (plain Node): the reads served from the offline cache: counts, customer search, sessions.
import type { DomainHandlers } from '../ipc/handler-map';
import type { CacheStore } from '../store/cache-store';

export interface CacheHandlerDeps {
  /** The current mode's cache (demo and live each have their own file). */
  cache(): Pick<CacheStore, 'counts' | 'searchCustomers' | 'listSessions'>;
}

export function cacheHandlers(
  d: CacheHandlerDeps,
): DomainHandlers<'cache:counts' | 'customers:search' | 'sessions:list'> {
  return {
    'cache:counts': () => d.cache().counts(),
    'customers:search': ({ query, limit }) => d.cache().searchCustomers(query, limit ?? 25),
    'sessions:list': ({ from, to }) => d.cache().listSessions(from, to),
  };
}
