// Electron main: start-up error text and an orderly core shutdown on quit. Electron's `app` is
// passed in structurally, so this is tested in plain Node.
import { toAppError } from '../core/ipc/to-app-error';
import { redactText } from '../core/logging/redact';
import type { Logger } from '../core/ports';

/** What the error box says when Frontdesk cannot start. */
export function startupErrorMessage(error: unknown, logFile: string | undefined): string {
  // CoreErrors (DATABASE from a newer version, a damaged data folder…) carry a staff-readable message.
  const known = toAppError(error);
  if (known.code !== 'INTERNAL') return known.message;
  const detail = redactText(error instanceof Error ? error.message : String(error));
  return `${detail}${logFile ? `\n\nDetails are in ${logFile}.` : ''}`;
}

export interface QuitAppLike {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds the quit until `close()` has finished (the outbox must be flushed and SQLite closed cleanly),
 * then lets it go. A failing close is logged and does not keep the app alive.
 */
export function closeOnQuit(app: QuitAppLike, close: () => Promise<void>, logger: Logger): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((error: unknown) => logger.error('core did not close cleanly', { error: String(error) }))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
