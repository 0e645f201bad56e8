// Electron preload (tested in plain Node against a fake `electron`): a broken bridge (a rejected
// invoke) answers with the same sentence the renderer uses for it, not a second wording.
import { describe, expect, it, vi } from 'vitest';
import { CORE_UNREACHABLE, type Result } from '../../shared/ipc/result';
import { call } from '../../renderer/src/lib/call';

const exposed = vi.hoisted(() => ({ api: null as null | Record<string, Record<string, unknown>> }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, api: Record<string, Record<string, unknown>>) => {
      exposed.api = api;
    },
  },
  ipcRenderer: {
    invoke: () => Promise.reject(new Error('Error invoking remote method: the main process went away')),
    on: () => {},
    removeListener: () => {},
  },
}));

describe('preload', () => {
  it('answers a rejected invoke with CORE_UNREACHABLE, as the renderer does', async () => {
    await import('./index');
    const status = exposed.api?.app?.status as () => Promise<Result<unknown>>;
    expect(await status()).toEqual({ ok: false, error: CORE_UNREACHABLE });
    expect(await call(() => Promise.reject(new Error('bridge gone')))).toEqual({
      ok: false,
      error: CORE_UNREACHABLE,
    });
  });
});
