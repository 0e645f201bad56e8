// Integration (plain Node): what a back end says in an error reaches the log and the error's
// `detail` (redacted, capped), never the message staff read, which is in our own words. Real core,
// a real HTTP server on loopback playing a back end that explains itself at length.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { errorFromEnvelope, errorFromReply } from '../../electron/core/http/errors';
import { toAppError } from '../../electron/core/ipc/to-app-error';
import { startScriptServer } from '../../electron/core/http/testing/script-server';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const SERVER_SAYS =
  'Validation failed: apiKey must match /^rk_[a-z0-9]{32}$/ (node db-eu-3, trace 9f2c) ' + 'x'.repeat(400);

describe("the back end's words", () => {
  it('staff read our words; the detail holds what the server said, capped at 200', () => {
    const error = toAppError(
      errorFromReply({
        backend: 'Reservie',
        status: 422,
        json: { error: { message: SERVER_SAYS } },
        errorPage: false,
      }),
    );
    expect(error.message).toBe('Reservie rejected the request as invalid (HTTP 422).');
    expect(error.detail).toMatch(/^Validation failed: apiKey must match/);
    expect(error.detail!.length).toBeLessThanOrEqual(200);
    const envelope = toAppError(errorFromEnvelope('Resmark', 200, 'Product 17 is sold out for 2026-03-04'));
    expect(envelope).toEqual({
      code: 'CONFLICT',
      message: 'Resmark refused the change because of its current state.',
      detail: 'Product 17 is sold out for 2026-03-04',
    });
  });

  it('backend:configure: our words on the page, the server text in the log', async () => {
    const backend = await startScriptServer(() => ({
      status: 422,
      body: { error: { message: SERVER_SAYS } },
    }));
    closers.push(() => backend.close());
    const dataDir = tempDir();
    const core = await createCore({ ...createNodeHostDeps(dataDir, { logName: 'test' }), autoSync: false });
    closers.push(() => core.close());
    const result = await core.dispatch('backend:configure', {
      backend: 'reservie',
      baseUrl: backend.origin,
      apiKey: 'key',
      apiSecret: 'secret',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Reservie rejected the request as invalid (HTTP 422).' },
    });
    expect(result.ok ? '' : result.error.message).not.toContain('Validation failed');
    expect(readFileSync(join(dataDir, 'logs', 'test.log'), 'utf8')).toContain(
      'Validation failed: apiKey must match',
    );
  });
});
