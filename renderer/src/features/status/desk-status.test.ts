// Unit (Node): every status indicator reads the same verdict, so none can contradict another.
import { describe, expect, it } from 'vitest';
import type { AppStatus, BackendStatus } from '../../../../shared/domain/backend';
import { deskStatus } from './desk-status';

const backend = (over: Partial<BackendStatus> & Pick<BackendStatus, 'backend'>): BackendStatus => ({
  mode: 'live',
  baseUrl: 'https://x.example',
  account: 'desk',
  connection: 'online',
  tokenExpiresAt: null,
  lastSyncAt: '2026-12-01T09:00:00.000Z',
  lastError: null,
  ...over,
});
const app = (backends: BackendStatus[]): AppStatus => ({
  version: '0',
  mode: 'live',
  backends,
  secretProtection: 'os-keychain',
  secretProtectionWarning: null,
  outboxSize: 0,
});

describe('desk status', () => {
  it('all clear: no lines, no trouble', () => {
    expect(deskStatus(app([backend({ backend: 'reservie' })]), null, null)).toMatchObject({
      offline: [],
      failures: [],
      trouble: false,
    });
  });

  it('an offline back end is one offline line, its sync failure folded into it; trouble either way', () => {
    const status = app([
      backend({ backend: 'reservie', connection: 'offline', lastError: 'dropped' }),
      backend({ backend: 'resmark', lastError: 'Resmark answered 500.' }),
    ]);
    const seen = { backend: 'reservie' as const, message: 'dropped' };
    const desk = deskStatus(status, seen, null);
    expect(desk.offline.map((b) => b.backend)).toEqual(['reservie']);
    expect(desk.failures).toEqual([{ backend: 'resmark', message: 'Resmark answered 500.' }]);
    expect(desk.trouble).toBe(true);
  });

  it('a dismissed failure hides its line but still keeps the freshness from looking all-clear', () => {
    const status = app([backend({ backend: 'resmark', lastError: 'Resmark answered 500.' })]);
    const desk = deskStatus(status, null, 'resmark:Resmark answered 500.');
    expect(desk.failures).toEqual([]);
    expect(desk.trouble).toBe(true);
  });
});
