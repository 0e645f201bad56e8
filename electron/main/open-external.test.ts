// Electron main (tested in plain Node): the one openExternal wrapper, with a fake shell.
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../core/ports';
import { createOpenExternal } from './open-external';

describe('createOpenExternal', () => {
  const logger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

  it('opens https links and refuses everything else without calling the shell', async () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    const open = createOpenExternal(shell, logger);
    expect(await open('https://go.reservie.net/help')).toBe(true);
    for (const url of [
      'http://x.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://u:p@x.example/',
      7,
    ]) {
      expect(await open(url)).toBe(false);
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://go.reservie.net/help']]);
  });

  it('logs the scheme of a refused link, never the rest of it', async () => {
    await createOpenExternal({ openExternal: vi.fn() }, logger)('smb://server/share?token=SECRET');
    expect(JSON.stringify(vi.mocked(logger.warn).mock.calls)).not.toContain('SECRET');
  });

  it('reports a failing shell as false instead of throwing', async () => {
    const shell = { openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) };
    expect(await createOpenExternal(shell, logger)('https://go.reservie.net/help')).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
