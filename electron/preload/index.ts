// Electron preload (sandboxed, bundled to CommonJS): exposes window.frontdesk, one named function per
// contract call plus on(event) → unsubscribe. No generic invoke, no ipcRenderer, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import type { Channel, EventName } from '../../shared/ipc/channels';
import { CORE_UNREACHABLE, type Result } from '../../shared/ipc/result';

function invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
  // Main answers every call with a Result; a rejection means the bridge itself broke (e.g. during
  // shutdown), and the renderer still gets data it can switch on rather than an exception.
  return (ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>).catch((): Result<unknown> => ({
    ok: false,
    error: CORE_UNREACHABLE,
  }));
}

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  // Drop Electron's event object: the page must never hold a reference to IPC internals.
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

contextBridge.exposeInMainWorld('frontdesk', buildApi(invoke, subscribe));
