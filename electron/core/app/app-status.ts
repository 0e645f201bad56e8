// Core (plain Node): the status every window shows (mode, back ends, secret protection, outbox).
import type { AppStatus, BackendStatus } from '../../../shared/domain/backend';
import type { SecretVault } from '../ports';

export interface AppStatusDeps {
  version: string;
  protection: SecretVault['protection'];
  mode(): 'demo' | 'live';
  backends(): BackendStatus[];
  /** Unsent items in the current mode's outbox. */
  unsent(): number;
}

const PROTECTION_WARNING: Record<SecretVault['protection'], string | null> = {
  'os-keychain': null,
  'file-key':
    'Credentials are encrypted with a key kept in the data folder, not in the system keychain. Anyone who can read that folder can read them.',
  'plain-text':
    'This computer has no keychain (secret storage) available, so credentials are stored without real protection. Install or unlock a keyring before saving real credentials.',
};

export function createAppStatus(d: AppStatusDeps): () => AppStatus {
  return () => ({
    version: d.version,
    mode: d.mode(),
    backends: d.backends(),
    secretProtection: d.protection,
    secretProtectionWarning: PROTECTION_WARNING[d.protection],
    outboxSize: d.unsent(),
  });
}
