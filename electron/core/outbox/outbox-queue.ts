// Core (plain Node): the queue as staff see it, and what staff do about items that need attention.
// Each action is checked against the item's state and its kind's own actions, then the kind's
// records, the item and the fact of what was done (which desk, when, with what, why) are written
// in ONE transaction: nothing moves without its reason, and nothing is ever deleted.
import {
  OUTBOX_ACTIONS,
  type OutboxEntry,
  type OutboxResolutionFact,
  type OutboxResolve,
  type OutboxResolveResult,
} from '../../../shared/domain/outbox';
import { CoreError } from '../../../shared/ipc/core-error';
import type { Desk } from '../checkin/ledger-types';
import type { Clock, Logger } from '../ports';
import type { OutboxDb } from '../store/open-database';
import { accountKey, type OutboxAccount } from '../store/outbox-account';
import type { Resolution, ResolutionStore } from '../store/outbox-resolutions';
import type { OutboxItem, OutboxStore } from '../store/outbox-store';
import type { ActionEffect, KindAction, OutboxKind } from './outbox-kinds';

export interface OutboxQueueDeps {
  outbox(): OutboxStore;
  resolutions(): ResolutionStore;
  /** The outbox connection: the kind's records, the item and the fact share one transaction. */
  outboxDb(): OutboxDb;
  kinds: Readonly<Record<string, OutboxKind>>;
  /** The accounts connected now: only their items can be acted on from here. */
  accounts(): OutboxAccount[];
  desk: Desk;
  clock: Clock;
  logger: Logger;
  /** After an item went back into the queue (the sender may start) or was closed. */
  onResolved(item: OutboxItem): void;
}

export type OutboxQueue = ReturnType<typeof createOutboxQueue>;

export function createOutboxQueue(d: OutboxQueueDeps) {
  const entryOf = (item: OutboxItem, current: Set<string>, facts: Resolution[]): OutboxEntry => {
    const kind = d.kinds[item.kind];
    const mine = current.has(item.account);
    const described = kind?.describe(item) ?? {
      summary: { what: item.kind, who: null, about: null, at: null },
      customerId: null,
    };
    return {
      id: item.id,
      kind: item.kind,
      backend: item.backend,
      referenceId: item.referenceId,
      state: item.status,
      attempts: item.attempts,
      lastError: item.lastError,
      createdAt: item.createdAt,
      currentAccount: mine,
      ...described,
      slot: described.slot ?? null,
      actions:
        kind && mine && item.status === 'needs_attention'
          ? OUTBOX_ACTIONS.filter((a) => {
              const action = kind.actions[a] as KindAction<typeof a> | undefined;
              return action !== undefined && (action.offers?.(item) ?? true);
            })
          : [],
      resolutions: facts.map(toFact),
    };
  };
  const currentAccounts = () => new Set(d.accounts().map(accountKey));

  const list = (): OutboxEntry[] => {
    const current = currentAccounts();
    const facts = d.resolutions().byItem();
    return d
      .outbox()
      .listAll()
      .map((i) => entryOf(i, current, facts.get(i.referenceId) ?? []));
  };

  const resolve = (input: OutboxResolve): OutboxResolveResult => {
    const run = d.outboxDb().transaction(() => {
      const store = d.outbox();
      const item = store.getById(input.itemId);
      if (!item) throw new CoreError('NOT_FOUND', `There is no queued change #${input.itemId}.`);
      if (!currentAccounts().has(item.account))
        throw new CoreError(
          'CONFLICT',
          'This change belongs to another account and cannot be handled from here.',
        );
      if (item.status !== 'needs_attention')
        throw new CoreError(
          'CONFLICT',
          `This change is ${STATE_WORDS[item.status]}: only one that needs attention can be resolved.`,
        );
      const kind = d.kinds[item.kind];
      const action = kind?.actions[input.action] as KindAction<typeof input.action> | undefined;
      if (!kind || !action)
        throw new CoreError(
          'BAD_INPUT',
          `"${input.action}" is not something that can be done to this change.`,
        );
      const effect: ActionEffect = action.apply(item, input as never);
      const moved = 'requeue' in effect ? store.requeue(item.id, effect.requeue) : store.dismiss(item.id);
      d.resolutions().record({
        referenceId: item.referenceId,
        action: input.action,
        detail: { ...effect.detail, label: effect.label },
        reason: input.action === 'dismiss' ? input.reason.trim() : null,
        errorBefore: item.lastError,
        desk: d.desk,
        at: d.clock.now().toISOString(),
      });
      return { moved, message: effect.message };
    });
    const { moved, message } = run.immediate();
    d.logger.info('outbox item resolved by staff', { ref: moved.referenceId, action: input.action });
    d.onResolved(moved);
    const facts = d.resolutions().byItem().get(moved.referenceId) ?? [];
    return { message, entry: entryOf(moved, currentAccounts(), facts) };
  };

  return { list, resolve };
}

const STATE_WORDS: Record<OutboxItem['status'], string> = {
  pending: 'waiting to send',
  sending: 'being sent',
  sent: 'sent already',
  needs_attention: 'waiting for staff',
  withdrawn: 'withdrawn by an undo',
  dismissed: 'dismissed already',
};

function toFact(r: Resolution): OutboxResolutionFact {
  const label = r.detail.label;
  return {
    action: r.action,
    detail: typeof label === 'string' ? label : null,
    reason: r.reason,
    errorBefore: r.errorBefore,
    deskName: r.deskName,
    at: r.at,
  };
}
