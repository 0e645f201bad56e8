// Core (plain Node): fan-out of push events to whichever hosts/windows are listening.
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { CoreEventListener } from './core-types';

export function createEventHub() {
  const listeners = new Set<CoreEventListener>();
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch {
          // One broken window must not stop the others from hearing about it.
        }
      }
    },
    subscribe(listener: CoreEventListener): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
