// Unit (Node): configure and sign-out errors become the sentences staff read.
import { describe, expect, it } from 'vitest';
import { configureErrorText, signOutErrorText } from './setup-errors';
import { validate } from './credential-fields';

describe('setup error messages', () => {
  it('maps each code the setup screen meets', () => {
    const url = 'https://go.reservie.net/api/v1';
    expect(configureErrorText({ code: 'UNAUTHORIZED', message: 'x' }, 'reservie', url)).toBe(
      'The back end refused these credentials — check your API key and secret.',
    );
    expect(configureErrorText({ code: 'OFFLINE', message: 'x' }, 'reservie', url)).toBe(
      "Couldn't reach go.reservie.net. Check the address and your internet connection.",
    );
    expect(
      configureErrorText({ code: 'SERVER_ERROR', message: 'Reservie answered 502.' }, 'reservie', url),
    ).toBe('Reservie answered 502.');
    expect(configureErrorText({ code: 'BAD_INPUT', message: 'baseUrl: must be a URL' }, 'resmark', url)).toBe(
      'baseUrl: must be a URL',
    );
  });

  it('says what to do about unsent sales', () => {
    expect(signOutErrorText({ code: 'OUTBOX_NOT_EMPTY', message: '2 sales…' })).toBe(
      'There are unsent sales on this device. Reconnect and let them send before signing out.',
    );
  });

  it('checks required fields and the address before calling the core', () => {
    expect(validate('resmark', 'ftp://x', { username: '', apiKey: 'k' })).toEqual({
      username: 'Enter the e-mail address.',
      baseUrl: 'Enter a full address that starts with https://',
    });
    expect(validate('reservie', 'https://go.reservie.net/api/v1', { apiKey: 'a', apiSecret: 'b' })).toEqual(
      {},
    );
  });
});
