// Electron main: wires every contract channel to the core, checking the sender first, and forwards
// the core's push events to the main window only. Structurally typed, so it is tested in plain Node.
import { CHANNELS, type EventName } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import type { Core } from '../core/core-types';
import type { Logger } from '../core/ports';
import { describeUrl } from './security';

/**
 * The part of an `IpcMainInvokeEvent` we read. `senderFrame` is null once the frame is gone;
 * its `parent` is null only for a top-level (main) frame.
 */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of Electron's `ipcMain` we use; `ipcMain` itself satisfies it. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/** The part of a window's `webContents` that receives push events. */
export interface EventTargetLike {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

const FORBIDDEN_MESSAGE = 'This call did not come from the Frontdesk window and was refused.';

/** Registers one handler per channel; returns a function that removes them all. */
export function registerIpc(
  ipc: IpcMainLike,
  core: Core,
  isAppUrl: (url: string) => boolean,
  logger?: Logger,
): () => void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, async (event, raw) => {
      // Origin first, then shape (in core.dispatch): a foreign frame learns nothing about our schemas.
      const sender = readSender(event);
      if (!sender.mainFrame || !isAppUrl(sender.url)) {
        logger?.warn('IPC call refused: wrong sender', {
          channel,
          sender: describeUrl(sender.url),
          mainFrame: sender.mainFrame,
        });
        return fail('FORBIDDEN', FORBIDDEN_MESSAGE);
      }
      try {
        return await core.dispatch(channel, raw);
      } catch (error) {
        // dispatch promises never to throw; if it does anyway, the renderer still gets data, not a rejection.
        logger?.error('dispatch threw', { channel, error: String(error) });
        return fail('INTERNAL', 'Something went wrong inside Frontdesk. The details are in the log.');
      }
    });
  }
  return () => CHANNELS.forEach((channel) => ipc.removeHandler(channel));
}

/** Sends core events to the main window, and only while it shows our own page. */
export function forwardEvents(
  core: Pick<Core, 'onEvent'>,
  target: () => EventTargetLike | undefined,
  isAppUrl: (url: string) => boolean,
): () => void {
  return core.onEvent((event: EventName, payload: unknown) => {
    const contents = target();
    if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
    contents.send(event, payload);
  });
}

/**
 * Where the call came from. Only the window's main frame may call: an iframe showing our own page
 * (a CSP or navigation slip) would otherwise pass the URL check, as VS Code's validatedIpcMain notes.
 */
function readSender(event: IpcInvokeEventLike): { url: string; mainFrame: boolean } {
  try {
    const frame = event.senderFrame;
    if (!frame) return { url: '', mainFrame: false };
    return { url: frame.url, mainFrame: frame.parent === null };
  } catch {
    // Reading a frame that is being torn down can throw; an unknown sender is a refused sender.
    return { url: '', mainFrame: false };
  }
}
