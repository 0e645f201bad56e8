// Core tests (pure): what a failed send means: refused (to staff), or retried with its outcome
// known (never reached the server) or unknown (it may have been carried out: look it up first).
import { describe, expect, it } from 'vitest';
import { BackendError, errorFromNetwork } from '../http/errors';
import { backoffMs, classifyFailure } from './send-outcome';

const net = (code: string) => errorFromNetwork('Reservie', Object.assign(new Error(code), { code }));

describe('classifyFailure', () => {
  it('a 4xx retrying cannot fix is a refusal in plain words', () => {
    const full = new BackendError('CONFLICT', 'Not enough spaces left on this event', { status: 409 });
    expect(classifyFailure(full, 'Reservie')).toEqual({
      kind: 'refused',
      message: 'Reservie refused it: Not enough spaces left on this event',
    });
    const usedUp = new BackendError('BAD_INPUT', 'not enough uses left on the pass', { status: 400 });
    expect(classifyFailure(usedUp, 'Reservie')).toMatchObject({ kind: 'refused' });
  });

  it('a connection that was never made cannot have been carried out', () => {
    expect(classifyFailure(net('ECONNREFUSED'), 'Reservie')).toMatchObject({
      kind: 'retry',
      unreachable: true,
      outcomeUnknown: false,
    });
    expect(classifyFailure(net('ENOTFOUND'), 'Reservie')).toMatchObject({ outcomeUnknown: false });
  });

  it('a reset, a timeout or a 5xx may have been carried out', () => {
    expect(classifyFailure(net('ECONNRESET'), 'Reservie')).toMatchObject({
      kind: 'retry',
      unreachable: true,
      outcomeUnknown: true,
    });
    const timeout = errorFromNetwork('Reservie', new Error('aborted'), 10_000);
    expect(classifyFailure(timeout, 'Reservie')).toMatchObject({ outcomeUnknown: true });
    const fivexx = new BackendError('SERVER_ERROR', 'Reservie had a problem', { status: 502 });
    expect(classifyFailure(fivexx, 'Reservie')).toMatchObject({ kind: 'retry', outcomeUnknown: true });
  });

  it('429 and 401 are answered without acting: retried, outcome known', () => {
    const limited = new BackendError('RATE_LIMITED', 'Too many requests', { status: 429 });
    expect(classifyFailure(limited, 'Reservie')).toMatchObject({ kind: 'retry', outcomeUnknown: false });
    const auth = new BackendError('UNAUTHORIZED', 'token expired', { status: 401 });
    expect(classifyFailure(auth, 'Reservie')).toMatchObject({ kind: 'retry', outcomeUnknown: false });
  });
});

it('backs off from 2 s, doubling, to at most 5 minutes', () => {
  expect([1, 2, 3, 10, 50].map(backoffMs)).toEqual([2_000, 4_000, 8_000, 300_000, 300_000]);
});
