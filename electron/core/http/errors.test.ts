// Core tests (plain Node): mapping replies and failures to BackendError (pure; the same mappings
// over real sockets are in http-client.test.ts).
import { describe, expect, it } from 'vitest';
import {
  BackendError,
  cleanMessage,
  codeForStatus,
  errorFromEnvelope,
  errorFromNetwork,
  errorFromReply,
  parseRetryAfter,
} from './errors';

const reply = (status: number, json: unknown, errorPage = false) =>
  errorFromReply({ backend: 'Reservie', status, json, errorPage, secrets: ['s3cr3t-key'] });

describe('errorFromReply', () => {
  it('reads the Reservie envelope: code, message, details', () => {
    const e = reply(409, {
      error: { code: 'event_full', message: 'This event is full', details: { left: 0 } },
    });
    expect(e).toBeInstanceOf(BackendError);
    expect(e).toMatchObject({
      code: 'CONFLICT',
      status: 409,
      backendCode: 'event_full',
      details: { left: 0 },
    });
    expect(e.message).toBe('Reservie: This event is full (HTTP 409).');
  });

  it('reads the Resmark envelope', () => {
    const e = errorFromReply({
      backend: 'Resmark',
      status: 404,
      json: { errorMessage: 'Order not found', data: null },
      errorPage: false,
    });
    expect(e).toMatchObject({ code: 'NOT_FOUND', message: 'Resmark: Order not found (HTTP 404).' });
  });

  it('falls back to a plain sentence per status when the body says nothing', () => {
    expect(reply(500, undefined)).toMatchObject({
      code: 'SERVER_ERROR',
      message: expect.stringContaining('HTTP 500'),
    });
    expect(reply(400, { error: { code: 'validation_error' } })).toMatchObject({
      code: 'BAD_INPUT',
      backendCode: 'validation_error',
    });
  });

  it('calls a 5xx HTML body an error page, but a 4xx page keeps the code its status gives', () => {
    expect(reply(502, undefined, true)).toMatchObject({
      code: 'SERVER_ERROR',
      message: 'Reservie: the server answered with an error page instead of data (HTTP 502).',
    });
    expect(reply(404, undefined, true)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Reservie has no such record (HTTP 404).',
    });
    expect(reply(401, undefined, true).code).toBe('UNAUTHORIZED');
    expect(reply(403, undefined, true).code).toBe('UNAUTHORIZED');
    expect(reply(400, undefined, true).code).toBe('BAD_INPUT');
    expect(reply(422, undefined, true).code).toBe('BAD_INPUT');
    expect(reply(409, undefined, true).code).toBe('CONFLICT');
    expect(reply(429, undefined, true).code).toBe('RATE_LIMITED');
    expect(reply(408, undefined, true).code).toBe('SERVER_ERROR');
  });

  it('never repeats a secret the server echoed', () => {
    const e = reply(400, { error: { message: 'bad key s3cr3t-key, token Bearer abc.def.ghi' } });
    expect(e.message).not.toContain('s3cr3t-key');
    expect(e.message).not.toContain('abc.def.ghi');
  });
});

describe('status codes', () => {
  it.each([
    [400, 'BAD_INPUT'],
    [401, 'UNAUTHORIZED'],
    [403, 'UNAUTHORIZED'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [422, 'BAD_INPUT'],
    [429, 'RATE_LIMITED'],
    [500, 'SERVER_ERROR'],
    [503, 'SERVER_ERROR'],
  ])('%i -> %s', (status, code) => expect(codeForStatus(status)).toBe(code));
});

describe('errorFromEnvelope (Resmark failure inside a 2xx)', () => {
  it('guesses the code from the wording', () => {
    expect(errorFromEnvelope('Resmark', 200, 'Inventory no longer available').code).toBe('CONFLICT');
    expect(errorFromEnvelope('Resmark', 200, 'Cart not found').code).toBe('NOT_FOUND');
    expect(errorFromEnvelope('Resmark', 200, 'participants is required').code).toBe('BAD_INPUT');
    expect(errorFromEnvelope('Resmark', 409, 'whatever').code).toBe('CONFLICT');
  });
});

describe('errorFromNetwork', () => {
  const fetchFailed = (code: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'dropped the connection'],
    ['UND_ERR_SOCKET', 'dropped the connection'],
    ['ENOTFOUND', 'address could not be found'],
    ['EHOSTUNREACH', 'could not be reached'],
  ])('%s -> OFFLINE', (code, text) => {
    const e = errorFromNetwork('Resmark', fetchFailed(code));
    expect(e.code).toBe('OFFLINE');
    expect(e.message).toContain(text);
  });
  it('names the timeout', () => {
    expect(errorFromNetwork('Resmark', new Error('x'), 15_000).message).toBe(
      'Resmark did not answer within 15 s.',
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-03T09:00:00Z');
  it('reads seconds, fractions and HTTP dates', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('0.25', now)).toBe(250);
    expect(parseRetryAfter('Tue, 03 Mar 2026 09:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 03 Mar 2026 08:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('cleanMessage', () => {
  it('masks JWTs and caps length', () => {
    expect(cleanMessage('token eyJhbGciOiJI.eyJzdWIiOiIx.c2lnbmF0dXJl expired')).toBe(
      'token [redacted] expired',
    );
    expect(cleanMessage('x'.repeat(500))).toHaveLength(200);
  });
});
