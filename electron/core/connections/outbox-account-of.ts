// Core (plain Node): the outbox account a set of credentials signs in as (see store/outbox-account).
import { createHash } from 'node:crypto';
import type { BackendCredentials } from '../../../shared/domain/backend';
import type { OutboxAccount } from '../store/outbox-account';

/** Demo links run on simulators with a new port each run; their work must still find its account. */
const DEMO_BASE_URL = 'builtin-simulator';

export function outboxAccountOf(credentials: BackendCredentials, mode: 'demo' | 'live'): OutboxAccount {
  return {
    mode,
    backend: credentials.backend,
    baseUrl: mode === 'demo' ? DEMO_BASE_URL : credentials.baseUrl.replace(/\/+$/, ''),
    credentialId: credentialIdOf(credentials),
  };
}

/**
 * Resmark signs in as a user (an e-mail, already shown to staff). A Reservie key is a secret, so
 * the row keeps a one-way fingerprint of it: two keys for two venues never share queued work.
 */
function credentialIdOf(c: BackendCredentials): string {
  if (c.backend === 'resmark') return `user:${c.username.trim().toLowerCase()}`;
  return `key-sha256:${createHash('sha256').update(c.apiKey).digest('hex').slice(0, 16)}`;
}
