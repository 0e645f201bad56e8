// Shared (pure TS): which back ends exist, how they are configured, and the status the renderer may see.
import { z } from 'zod';
import { MAX_BASE_URL_LENGTH, MAX_CREDENTIAL_LENGTH } from './limits';
import { isSafeBackendAddress } from '../security/transport';

export const BACKEND_IDS = ['reservie', 'resmark'] as const;
export const BackendId = z.enum(BACKEND_IDS);
export type BackendId = z.infer<typeof BackendId>;

/** Known base URLs per back end; a custom URL is also allowed. */
export const KNOWN_BASE_URLS: Record<BackendId, { production: string; sandbox?: string }> = {
  reservie: { production: 'https://go.reservie.net/api/v1' },
  resmark: {
    production: 'https://app.resmarksystems.com/public/api',
    sandbox: 'https://sandbox.resmarksystems.com/public/api',
  },
};

const httpUrl = z
  .string()
  .trim()
  .max(MAX_BASE_URL_LENGTH)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://')
  // The key and secret go to this address: never unencrypted off this computer.
  .refine(isSafeBackendAddress, 'must use https:// (plain http:// only for 127.0.0.1 or localhost)');

const secret = z.string().trim().min(1).max(MAX_CREDENTIAL_LENGTH);

/**
 * What the setup screen sends. Secrets travel renderer -> core once, and never back. Strict, like
 * every other input: an extra field is a mistake (or a probe) and is refused, not silently dropped.
 */
export const BackendCredentials = z.discriminatedUnion('backend', [
  z.object({ backend: z.literal('reservie'), baseUrl: httpUrl, apiKey: secret, apiSecret: secret }).strict(),
  z.object({ backend: z.literal('resmark'), baseUrl: httpUrl, username: secret, apiKey: secret }).strict(),
]);
export type BackendCredentials = z.infer<typeof BackendCredentials>;

export type ConnectionState = 'online' | 'offline' | 'unknown';

/** How well secrets are protected at rest; the UI warns unless it is 'os-keychain'. */
export type SecretProtection = 'os-keychain' | 'file-key' | 'plain-text';

/** All the renderer ever learns about a back end: never a key, secret or token. */
export interface BackendStatus {
  backend: BackendId;
  /** 'demo' = the built-in simulator; 'live' = a configured back end; 'off' = neither. */
  mode: 'demo' | 'live' | 'off';
  baseUrl: string | null;
  /** The account we are signed in as (API key id or user e-mail), shown so staff know which venue. */
  account: string | null;
  connection: ConnectionState;
  tokenExpiresAt: string | null;
  lastSyncAt: string | null;
  lastError: string | null;
}

export interface AppStatus {
  version: string;
  mode: 'demo' | 'live';
  backends: BackendStatus[];
  secretProtection: SecretProtection;
  /** Shown to staff when secretProtection is weaker than the OS keychain. */
  secretProtectionWarning: string | null;
  outboxSize: number;
}
