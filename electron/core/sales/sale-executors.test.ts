import { describe, expect, it } from 'vitest';
import { BackendError } from '../http/errors';
import { classifyFailure, sendStep } from './sale-executors';
import { SeatsReleasedError } from './resmark-cart';
import { SessionFullError } from './reservie-sale';
import { planReservieSale } from './sale-plan';
import { DependencyNotSentError } from './step-executor';

describe('classifyFailure', () => {
  it('a dropped connection or a 5xx may have acted: look it up first', () => {
    expect(classifyFailure(new BackendError('OFFLINE', 'x'))).toEqual({ kind: 'unknown' });
    expect(classifyFailure(new BackendError('SERVER_ERROR', 'x', { status: 500 }))).toEqual({
      kind: 'unknown',
    });
    expect(classifyFailure(new TypeError('fetch failed'))).toEqual({ kind: 'unknown' });
  });

  it('a 429 waits as long as asked; a refused key waits for new credentials', () => {
    expect(classifyFailure(new BackendError('RATE_LIMITED', 'x', { retryAfterMs: 7000 }))).toEqual({
      kind: 'wait',
      retryAfterMs: 7000,
    });
    expect(classifyFailure(new BackendError('UNAUTHORIZED', 'x'))).toEqual({ kind: 'wait' });
  });

  it('refusals retrying cannot fix need attention', () => {
    expect(classifyFailure(new BackendError('CONFLICT', 'sold out', { status: 409 }))).toEqual({
      kind: 'rejected',
    });
    expect(classifyFailure(new BackendError('BAD_INPUT', 'bad', { status: 400 }))).toEqual({
      kind: 'rejected',
    });
    expect(classifyFailure(new SessionFullError(true))).toEqual({ kind: 'rejected' });
    expect(classifyFailure(new SeatsReleasedError(() => Promise.reject(new Error('unused'))))).toEqual({
      kind: 'rejected',
    });
  });
});

describe('sendStep', () => {
  it('refuses a step whose dependency has no server id yet, before any request', async () => {
    const [, registration] = planReservieSale({
      referenceId: 'fd-x',
      sessionId: 'evt_1',
      customer: { create: { firstName: 'A', lastName: 'B', email: 'a@example.com' } },
      payment: { kind: 'pay', tender: 'cash' },
    }).steps;
    if (!registration) throw new Error('expected a registration step');
    const failing = new Proxy({}, { get: () => () => Promise.reject(new Error('no request expected')) });
    const error = await sendStep(registration, { ids: {}, reservie: { client: failing as never } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DependencyNotSentError);
    expect(classifyFailure(error)).toEqual({ kind: 'rejected' });
    await expect(sendStep(registration, { ids: {} })).rejects.toThrow(/no reservie connection/);
  });
});
