// Integration probe (plain Node): setup (`backend:configure`, the real core) against a hostile or
// broken back end on loopback — redirects carrying the credentials elsewhere, headers never sent,
// a body trickled for ever, 10 MB of it, HTML, broken JSON. Each gets a clear error by the
// interactive deadline, nothing is saved, and the secret never reaches another address.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import type { Core } from '../../electron/core/core-types';
import { startHostileServer, type Hostility } from '../../electron/core/http/testing/hostile-server';
import type { AppStatus } from '../../shared/domain/backend';
import type { Result } from '../../shared/ipc/result';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const SECRET = 'the-venue-api-secret-0123456789';

async function configureAgainst(how: Hostility, path = '/api/v1') {
  const server = await startHostileServer(how);
  closers.push(() => server.close());
  const core: Core = await createCore({
    ...createNodeHostDeps(tempDir(), { logName: 'probe' }),
    autoSync: false,
  });
  closers.push(() => core.close());
  const started = performance.now();
  const result = await core.dispatch('backend:configure', {
    backend: 'reservie',
    baseUrl: server.origin + path,
    apiKey: 'venue-key',
    apiSecret: SECRET,
  });
  const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  console.info(
    `hostile back end probe: ${typeof how === 'string' ? how : `redirect ${how.status}`} answered in ${seconds} s`,
  );
  const status = (await core.dispatch('app:status', undefined)) as Result<AppStatus>;
  return { result, server, status };
}

function expectNothingSaved(status: Result<AppStatus>) {
  expect(status).toMatchObject({ ok: true, value: { mode: 'demo' } });
}

describe('setup against a hostile back end', () => {
  for (const redirectStatus of [307, 308] as const) {
    it(`a ${redirectStatus} on the sign-in: refused, and the secret goes nowhere else`, async () => {
      const elsewhere = await startHostileServer('invalid-json');
      closers.push(() => elsewhere.close());
      const { result, server, status } = await configureAgainst({
        redirectTo: `${elsewhere.origin}/collect`,
        status: redirectStatus,
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'SERVER_ERROR',
          message: expect.stringContaining(`redirect to ${elsewhere.origin}/collect`),
        },
      });
      expect(elsewhere.received).toEqual([]);
      expect(server.received).toHaveLength(1);
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expectNothingSaved(status);
    });
  }

  for (const how of ['ten-megabytes', 'html', 'invalid-json'] as const) {
    it(`${how}: a SERVER_ERROR that says so, and nothing saved`, async () => {
      const { result, status } = await configureAgainst(how);
      expect(result).toMatchObject({ ok: false, error: { code: 'SERVER_ERROR' } });
      expect(JSON.stringify(result).length).toBeLessThan(1000);
      expectNothingSaved(status);
    });
  }

  it('no headers, or a body trickled for ever: OFFLINE by the 20 s deadline, not after six attempts', async () => {
    const outcomes = await Promise.all(
      (['no-headers', 'trickle'] as const).map((how) => configureAgainst(how)),
    );
    for (const { result, server, status } of outcomes) {
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'OFFLINE',
          message:
            'Reservie did not complete the request within 20 s. Check the internet connection and try again.',
        },
      });
      // A 15 s attempt, then what is left of the 20 s (before: six attempts of 15 s, 95 s in all).
      expect(server.received.length).toBeLessThanOrEqual(3);
      expectNothingSaved(status);
    }
  }, 60_000);
});
