// Electron main (tested in plain Node): start-up error text and the quit sequence around core.close().
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CoreError } from '../../shared/ipc/core-error';
import type { Logger } from '../core/ports';
import { closeOnQuit, startupErrorMessage, type QuitAppLike } from './lifecycle';

const silent: Logger = { info: () => {}, warn: () => {}, error: vi.fn() };

describe('startupErrorMessage', () => {
  it("shows a CoreError's staff-readable message as is", () => {
    const error = new CoreError('DATABASE', 'This data was written by a newer Frontdesk. Update the app.');
    expect(startupErrorMessage(error, '/d/logs/main.log')).toBe(
      'This data was written by a newer Frontdesk. Update the app.',
    );
  });

  it('shows other errors with where the log is, without secrets', () => {
    const message = startupErrorMessage(new Error('failed with Bearer abc.def'), '/d/logs/main.log');
    expect(message).toContain('/d/logs/main.log');
    expect(message).not.toContain('abc.def');
  });
});

function fakeApp() {
  const emitter = new EventEmitter();
  const app = {
    on: (event: 'will-quit', listener: (e: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    quit: vi.fn(() => {
      const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
      emitter.emit('will-quit', event);
      return event.prevented;
    }),
  };
  return app satisfies QuitAppLike;
}

describe('closeOnQuit', () => {
  it('holds the quit until the core has closed, then quits once', async () => {
    const app = fakeApp();
    let finish!: () => void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeOnQuit(app, close, silent);

    expect(app.quit()).toBe(true); // held
    expect(app.quit()).toBe(true); // a second quit while closing: still held, close not called again
    expect(close).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(3));
    expect(app.quit.mock.results[2]!.value).toBe(false); // the final quit goes through
  });

  it('still quits when close fails, and logs it', async () => {
    const app = fakeApp();
    closeOnQuit(app, () => Promise.reject(new Error('disk gone')), silent);
    app.quit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
    expect(silent.error).toHaveBeenCalled();
  });
});
