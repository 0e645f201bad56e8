// Unit (Node): configure and sign-out errors become the sentences staff read.
import { describe, expect, it } from 'vitest';
import { configureErrorText, signOutErrorText } from './setup-errors';
import { validate } from './credential-fields';
import { createI18n } from '../../i18n/i18n';

// English is what staff see by default and what the e2e specs name things by.
const t = createI18n('en').getFixedT('en', 'setup');

describe('setup error messages', () => {
  it('maps each code the setup screen meets to plain words, keeping the technical message as detail', () => {
    const url = 'https://go.reservie.net/api/v1';
    expect(configureErrorText({ code: 'UNAUTHORIZED', message: 'x' }, 'reservie', url, t)).toEqual({
      title: "Reservie didn't accept these details — check your API key and secret, then try again.",
      detail: 'x',
    });
    expect(
      configureErrorText(
        { code: 'OFFLINE', message: 'connect ECONNREFUSED 127.0.0.1:1' },
        'reservie',
        url,
        t,
      ),
    ).toEqual({
      title: "Couldn't reach go.reservie.net. Check the address and the internet connection.",
      detail: 'connect ECONNREFUSED 127.0.0.1:1',
    });
    expect(
      configureErrorText({ code: 'SERVER_ERROR', message: 'Reservie answered 502.' }, 'reservie', url, t),
    ).toEqual({
      title: "Reservie had a problem and couldn't check these details. Try again in a minute.",
      detail: 'Reservie answered 502.',
    });
    expect(
      configureErrorText({ code: 'BAD_INPUT', message: 'baseUrl: must be a URL' }, 'resmark', url, t),
    ).toEqual({
      title: "Couldn't check these details.",
      detail: 'baseUrl: must be a URL',
    });
  });

  it('never says "back end" or passes a technical message off as the headline', () => {
    const codes = [
      'UNAUTHORIZED',
      'OFFLINE',
      'RATE_LIMITED',
      'SERVER_ERROR',
      'NOT_FOUND',
      'INTERNAL',
    ] as const;
    for (const code of codes) {
      const { title } = configureErrorText(
        { code, message: 'ECONNREFUSED' },
        'resmark',
        'https://x.example',
        t,
      );
      expect(title).not.toMatch(/back end|ECONNREFUSED|refused/i);
    }
  });

  it('says what to do about unsent sales', () => {
    expect(signOutErrorText({ code: 'OUTBOX_NOT_EMPTY', message: '2 sales…' }, t)).toBe(
      'There are unsent sales on this device. Reconnect and let them send before signing out.',
    );
  });

  it('checks required fields and the address before calling the core', () => {
    expect(validate('resmark', 'ftp://x', { username: '', apiKey: 'k' }, t)).toEqual({
      username: 'Enter the e-mail address.',
      baseUrl: 'Enter a full address that starts with https://',
    });
    expect(
      validate('reservie', 'https://go.reservie.net/api/v1', { apiKey: 'a', apiSecret: 'b' }, t),
    ).toEqual({});
  });

  it('takes plain http only to this computer, where nothing travels over a network', () => {
    const creds = { apiKey: 'a', apiSecret: 'b' };
    for (const url of ['http://127.0.0.1:4010/api/v1', 'http://localhost:8080/api/v1', 'http://[::1]:9/x'])
      expect(validate('reservie', url, creds, t)).toEqual({});
    expect(validate('reservie', 'http://go.reservie.net/api/v1', creds, t)).toEqual({
      baseUrl: 'Use https:// for this address. http:// is only for this computer (127.0.0.1 or localhost).',
    });
  });

  it("speaks German when German is on, keeping the core's words as the detail", () => {
    const de = createI18n('de').getFixedT('de', 'setup');
    expect(
      configureErrorText(
        { code: 'OFFLINE', message: 'connect ECONNREFUSED' },
        'reservie',
        'https://go.reservie.net/x',
        de,
      ),
    ).toEqual({
      title: 'go.reservie.net ist nicht erreichbar. Prüfen Sie die Adresse und die Internetverbindung.',
      detail: 'connect ECONNREFUSED',
    });
    expect(validate('resmark', 'ftp://x', { username: '', apiKey: 'k' }, de)).toEqual({
      username: 'Geben Sie die E-Mail-Adresse ein.',
      baseUrl: 'Geben Sie eine vollständige Adresse ein, die mit https:// beginnt',
    });
    expect(signOutErrorText({ code: 'BUSY', message: 'Sync läuft' }, de)).toBe('Sync läuft');
  });
});
