// Renderer: which credentials each back end asks for, and how the form's values become a configure call.
import type { BackendCredentials, BackendId } from '../../../../shared/domain/backend';
import { INPUT_LIMITS } from '../../lib/input-limits';
import { isLoopback } from '../../../../shared/security/transport';

export interface CredentialField {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  /** Secret fields are wiped from component state when the back end refuses them. */
  secret: boolean;
  maxLength: number;
  hint?: string;
}

export const CREDENTIAL_FIELDS: Record<BackendId, CredentialField[]> = {
  reservie: [
    {
      name: 'apiKey',
      label: 'API key',
      type: 'text',
      autoComplete: 'off',
      secret: false,
      maxLength: INPUT_LIMITS.credential,
      hint: 'In Reservie: Settings → Integrations → API keys.',
    },
    {
      name: 'apiSecret',
      label: 'API secret',
      type: 'password',
      autoComplete: 'off',
      secret: true,
      maxLength: INPUT_LIMITS.credential,
    },
  ],
  resmark: [
    {
      name: 'username',
      label: 'User e-mail',
      type: 'email',
      autoComplete: 'username',
      secret: false,
      maxLength: INPUT_LIMITS.email,
    },
    {
      name: 'apiKey',
      label: 'API key',
      type: 'password',
      autoComplete: 'off',
      secret: true,
      maxLength: INPUT_LIMITS.credential,
      hint: 'In Resmark: My account → API access.',
    },
  ],
};

export type Values = Record<string, string>;

export function emptyValues(backend: BackendId): Values {
  return Object.fromEntries(CREDENTIAL_FIELDS[backend].map((f) => [f.name, '']));
}

export function withoutSecrets(backend: BackendId, values: Values): Values {
  const next = { ...values };
  for (const f of CREDENTIAL_FIELDS[backend]) if (f.secret) next[f.name] = '';
  return next;
}

export function toCredentials(backend: BackendId, baseUrl: string, v: Values): BackendCredentials {
  const get = (name: string) => (v[name] ?? '').trim();
  return backend === 'reservie'
    ? { backend, baseUrl, apiKey: get('apiKey'), apiSecret: get('apiSecret') }
    : { backend, baseUrl, username: get('username'), apiKey: get('apiKey') };
}

/** The same checks the core makes, done first so staff get the message next to the field. */
export function validate(backend: BackendId, baseUrl: string, v: Values): Values {
  const errors: Values = {};
  for (const f of CREDENTIAL_FIELDS[backend]) {
    if (!(v[f.name] ?? '').trim())
      errors[f.name] = `Enter the ${f.label.replace('User e-mail', 'e-mail address')}.`;
  }
  const url = parseUrl(baseUrl);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    errors.baseUrl = 'Enter a full address that starts with https://';
  else if (url.protocol === 'http:' && !isLoopback(url.hostname))
    errors.baseUrl =
      'Use https:// for this address. http:// is only for this computer (127.0.0.1 or localhost).';
  return errors;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}
