// Integration (plain Node): the venue's language, time zone and money on a real core and a temp
// data folder: read from settings.json, changed by staff, kept across a restart, refused for a
// language we have no catalog for, and not changeable from the kiosk.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function start(dataDir: string) {
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  const core = await createCore({ ...deps, autoSync: false });
  closers.push(() => core.close());
  return core;
}

describe('venue domain', () => {
  it("answers the venue's zone and money from settings, and keeps staff's language across a restart", async () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        backends: {},
        checkIn: { timeZone: 'Europe/Berlin' },
        sales: { currency: 'eur', locale: 'de-DE' },
      }),
    );
    const core = await start(dataDir);
    expect(await core.dispatch('app:venue', undefined)).toEqual({
      ok: true,
      value: { language: 'en', timeZone: 'Europe/Berlin', currency: 'EUR', locale: 'de-DE' },
    });

    const bad = await core.dispatch('app:setLanguage', { language: 'fr' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await core.dispatch('app:venue', undefined)).toMatchObject({ value: { language: 'en' } });

    expect(await core.dispatch('app:setLanguage', { language: 'de' })).toMatchObject({
      ok: true,
      value: { language: 'de', timeZone: 'Europe/Berlin' },
    });
    await core.close();
    const stored = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as {
      venue?: unknown;
      checkIn?: unknown;
    };
    expect(stored.venue).toEqual({ language: 'de' });
    expect(stored.checkIn).toEqual({ timeZone: 'Europe/Berlin' });

    const again = await start(dataDir);
    expect(await again.dispatch('app:venue', undefined)).toMatchObject({ value: { language: 'de' } });
  });

  it('reads a damaged language as English, and lets the kiosk read but not change it', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ backends: {}, venue: { language: 42 } }));
    const core = await start(dataDir);
    expect(await core.dispatch('app:venue', undefined)).toMatchObject({ value: { language: 'en' } });
    const kiosk = { mode: 'kiosk' } as const;
    expect(await core.dispatch('app:venue', undefined, kiosk)).toMatchObject({ ok: true });
    expect(await core.dispatch('app:setLanguage', { language: 'de' }, kiosk)).toMatchObject({
      ok: false,
      error: { code: 'DESK_ONLY' },
    });
    expect(await core.dispatch('app:venue', undefined)).toMatchObject({ value: { language: 'en' } });
  });
});
