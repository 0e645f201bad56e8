// Core (plain Node): the `sync:` calls: start, cancel and read the state of the cache download.
import type { DomainHandlers } from '../ipc/handler-map';
import type { SyncService } from './sync-service';

export interface SyncHandlerDeps {
  sync: Pick<SyncService, 'start' | 'cancel' | 'state'>;
}

export function syncHandlers(
  d: SyncHandlerDeps,
): DomainHandlers<'sync:start' | 'sync:cancel' | 'sync:state'> {
  return {
    'sync:start': (request) => d.sync.start(request),
    'sync:cancel': () => d.sync.cancel(),
    'sync:state': () => d.sync.state(),
  };
}
