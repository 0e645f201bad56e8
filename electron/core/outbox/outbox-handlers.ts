// Core (plain Node): the `outbox:` calls: list every queued write, and send what is waiting now.
import type { DomainHandlers } from '../ipc/handler-map';
import { accountKey, type OutboxAccount } from '../store/outbox-account';
import type { OutboxStore } from '../store/outbox-store';
import type { OutboxSender } from './outbox-sender';

export interface OutboxHandlerDeps {
  outbox(): OutboxStore;
  sender: Pick<OutboxSender, 'sendNow'>;
  /** The accounts connected now: only their items can be sent from here. */
  accounts(): OutboxAccount[];
}

export function outboxHandlers(d: OutboxHandlerDeps): DomainHandlers<'outbox:list' | 'outbox:send'> {
  return {
    'outbox:list': () => {
      const current = new Set(d.accounts().map(accountKey));
      return d
        .outbox()
        .listAll()
        .map((i) => ({
          id: i.id,
          kind: i.kind,
          backend: i.backend,
          referenceId: i.referenceId,
          state: i.status,
          attempts: i.attempts,
          lastError: i.lastError,
          createdAt: i.createdAt,
          currentAccount: current.has(i.account),
        }));
    },
    'outbox:send': () => d.sender.sendNow(),
  };
}
