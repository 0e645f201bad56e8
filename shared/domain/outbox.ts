// Shared (pure TS): the outbox as the desk and the CLI see it: every queued write and its state.
export interface OutboxEntry {
  id: number;
  /** e.g. reservie.passRegistration */
  kind: string;
  backend: 'reservie' | 'resmark';
  referenceId: string;
  state: 'pending' | 'sending' | 'sent' | 'needs_attention' | 'withdrawn';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** False for items of another account (another venue's key, or demo while live): never sent from here. */
  currentAccount: boolean;
}

export interface OutboxSendReport {
  sent: number;
  needsAttention: number;
  /** Still waiting to go in the connected accounts. */
  waiting: number;
  /** A back end with waiting items could not be reached. */
  unreachable: boolean;
}
