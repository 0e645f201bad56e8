// Core (plain Node): which account a piece of queued work belongs to. Every outbox row carries one,
// and a sender reads only the rows of the account it is signed in as, so work queued in demo mode
// or for another venue's key can never be replayed against the wrong back end.
import type { BackendId } from '../../../shared/domain/backend';

export interface OutboxAccount {
  mode: 'demo' | 'live';
  backend: BackendId;
  /** The back end's base URL (for demo, a fixed name: the simulators' ports change every run). */
  baseUrl: string;
  /** Names the credential without being one: an e-mail or a fingerprint of a key, never a secret. */
  credentialId: string;
}

/** The account as one string, stored on every row. The parts are joined so none can spoof another. */
export function accountKey(account: OutboxAccount): string {
  return JSON.stringify([account.mode, account.backend, account.baseUrl, account.credentialId]);
}
