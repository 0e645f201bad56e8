// Core (plain Node): the `outbox:` calls: list every queued write, send what is waiting now, and
// resolve one that needs attention (outbox-queue.ts does the work).
import type { DomainHandlers } from '../ipc/handler-map';
import type { OutboxSender } from './outbox-sender';
import type { OutboxQueue } from './outbox-queue';

export interface OutboxHandlerDeps {
  queue: OutboxQueue;
  sender: Pick<OutboxSender, 'sendNow'>;
}

export function outboxHandlers(
  d: OutboxHandlerDeps,
): DomainHandlers<'outbox:list' | 'outbox:send' | 'outbox:resolve'> {
  return {
    'outbox:list': () => d.queue.list(),
    'outbox:send': () => d.sender.sendNow(),
    'outbox:resolve': (input) => d.queue.resolve(input),
  };
}
