// Renderer: which credentials each back end asks for, and how the form's values become a configure call.
import type { BackendCredentials, BackendId } from '../../../../shared/domain/backend';
import type { SetupT } from './setup-errors';
import { INPUT_LIMITS } from '../../lib/input-limits';
import { isLoopback } from '../../../../shared/security/transport';

export interface CredentialField {
  /** Also its label's key (`setup:fields.<name>`) and its required message's. */
  name: 'apiKey' | 'apiSecret' | 'username';
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  /** Secret fields are wiped from component state when the back end refuses them. */
  secret: boolean;
  maxLength: number;
  /** The key of its hint (`setup:fields.<hint>`), if any. */
  hint?: 'reservieKeyHint' | 'resmarkKeyHint';
}

export const CREDENTIAL_FIELDS: Record<BackendId, CredentialField[]> = {
  reservie: [
    {
      name: 'apiKey',
      type: 'text',
      autoComplete: 'off',
      secret: false,
      maxLength: INPUT_LIMITS.credential,
      hint: 'reservieKeyHint',
    },
    {
      name: 'apiSecret',
      type: 'password',
      autoComplete: 'off',
      secret: true,
      maxLength: INPUT_LIMITS.credential,
    },
  ],
  resmark: [
    {
      name: 'username',
      type: 'email',
      autoComplete: 'username',
      secret: false,
      maxLength: INPUT_LIMITS.email,
    },
    {
      name: 'apiKey',
      type: 'password',
      autoComplete: 'off',
      secret: true,
      maxLength: INPUT_LIMITS.credential,
      hint: 'resmarkKeyHint',
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
export function validate(backend: BackendId, baseUrl: string, v: Values, t: SetupT): Values {
  const errors: Values = {};
  for (const f of CREDENTIAL_FIELDS[backend]) {
    if (!(v[f.name] ?? '').trim()) errors[f.name] = t(`validation.required.${f.name}`);
  }
  const url = parseUrl(baseUrl);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    errors.baseUrl = t('validation.urlFormat');
  else if (url.protocol === 'http:' && !isLoopback(url.hostname)) errors.baseUrl = t('validation.urlHttps');
  return errors;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}
