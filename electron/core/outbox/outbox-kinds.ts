// Core (plain Node): what the sender needs to know about one kind of queued write. Each kind
// sends itself, looks itself up (to tell "it arrived, the reply was lost" from "it never went"),
// says what to do once the back end is known to have it or to have refused it, describes itself
// in staff's words, and lists what staff may do about it when it needs attention (its actions).
import type { OutboxAction, OutboxEntry, OutboxResolve } from '../../../shared/domain/outbox';
import type { LinkClient } from '../connections/links';
import type { OutboxItem } from '../store/outbox-store';

/** The input of one action, as the contract's `outbox:resolve` carries it. */
export type ActionInput<A extends OutboxAction> = Extract<OutboxResolve, { action: A }>;

/** What an action does to the item: sent again with this payload, or closed for good. */
export type ActionEffect =
  | { requeue: unknown; label: string | null; detail: Record<string, unknown>; message: string }
  | { close: true; label: string | null; detail: Record<string, unknown>; message: string };

/**
 * One action a kind supports. `apply` runs inside the resolution's transaction, on an item that
 * needs attention: it checks the action against the item (throw a CoreError with the reason to
 * refuse, and nothing is written), moves the kind's own records (the check-in ledger), and says
 * what becomes of the item. The resolver moves the item and records the fact.
 */
export interface KindAction<A extends OutboxAction> {
  apply(item: OutboxItem, input: ActionInput<A>): ActionEffect;
  /** Whether this item offers the action at all (absent: every item of the kind does). */
  offers?(item: OutboxItem): boolean;
}

/** The actions a kind offers. Kinds list only what makes sense for them (a sale may add its own). */
export type KindActions = { [A in OutboxAction]?: KindAction<A> };

export interface OutboxKind {
  backend: LinkClient['backend'];
  /** Sends the item; resolves with the back end's id for what it made (null when it gives none). */
  send(item: OutboxItem, client: LinkClient): Promise<string | null>;
  /** The back end's id for it if the back end already has it; null if it does not. */
  lookUp(item: OutboxItem, client: LinkClient): Promise<string | null>;
  /** After the back end has it (sent or found). Errors here are logged: the item stays sent. */
  confirmed(item: OutboxItem, serverId: string | null, client: LinkClient): Promise<void> | void;
  /** After the back end refused it, with the plain reason. */
  refused(item: OutboxItem, message: string): void;
  /** The item in staff's words, for the queue screen and the CLI. */
  describe(
    item: OutboxItem,
  ): Pick<OutboxEntry, 'summary' | 'customerId'> & Partial<Pick<OutboxEntry, 'slot'>>;
  /** What staff may do about an item of this kind that needs attention. */
  actions: KindActions;
}
