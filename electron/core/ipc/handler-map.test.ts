// Core tests (plain Node): wireHandlers. The compile-time half (every channel handled, none
// twice) is checked by `tsc` through the @ts-expect-error lines below: if a check stopped
// refusing, the unused directive would fail the typecheck.
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/contract';
import { wireHandlers, type DomainHandlers } from './handler-map';

/** A domain map whose handlers must never run here. */
function domain<C extends Channel>(...channels: C[]): DomainHandlers<C> {
  const notCalled = () => {
    throw new Error('not called');
  };
  return Object.fromEntries(channels.map((c) => [c, notCalled])) as unknown as DomainHandlers<C>;
}

const app = domain('app:status', 'app:doctor', 'app:venue', 'app:setLanguage');
const backend = domain('backend:configure', 'backend:useDemo', 'backend:signOut');
const sync = domain('sync:start', 'sync:cancel', 'sync:state');
const cache = domain('cache:counts', 'customers:search', 'sessions:list');
const checkin = domain(
  'checkin:resolve',
  'checkin:options',
  'checkin:checkIn',
  'checkin:undo',
  'checkin:today',
  'checkin:kioskFind',
  'checkin:resmarkOrder',
  'checkin:export',
);
const outbox = domain('outbox:list', 'outbox:send', 'outbox:resolve');
const kiosk = domain('kiosk:state', 'kiosk:setPin', 'kiosk:enter', 'kiosk:exit', 'kiosk:setStartAtLogin');
const sales = domain(
  'sales:availability',
  'sales:sell',
  'sales:receipt',
  'sales:today',
  'sales:export',
  'sales:holdSeats',
  'sales:holdState',
  'sales:releaseSeats',
  'sales:reservieOptions',
  'sales:products',
);

describe('wireHandlers', () => {
  it('joins domains that cover every channel once', () => {
    expect(
      Object.keys(wireHandlers(app, backend, sync, cache, checkin, outbox, sales, kiosk)).sort(),
    ).toEqual([...CHANNELS].sort());
  });

  it('is refused by the compiler when a channel has no handler or two', () => {
    // @ts-expect-error cache:counts, customers:search and sessions:list have no handler
    expect(() => wireHandlers(app, backend, sync, checkin, outbox, sales, kiosk)).not.toThrow();
    const twice = () =>
      // @ts-expect-error sync:state is handled twice
      wireHandlers(app, backend, sync, cache, checkin, outbox, sales, kiosk, domain('sync:state'));
    expect(twice).toThrow(/sync:state is handled by two domains/);
  });
});
