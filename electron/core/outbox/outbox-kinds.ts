// Core (plain Node): what the sender needs to know about one kind of queued write. Each kind
// sends itself, looks itself up (to tell "it arrived, the reply was lost" from "it never went"),
// and says what to do once the back end is known to have it or to have refused it.
import type { LinkClient } from '../connections/links';
import type { OutboxItem } from '../store/outbox-store';

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
}
