// Electron main: keeps the window in the mode the core says the app is in. The mode is the core's
// (persisted, so a kiosk restarts as a kiosk; changed by kiosk:enter / kiosk:exit), and a window's
// kiosk options are fixed when it is made, so a change of mode replaces the window: the new one
// is opened first, then the old one closed, so the app never has no window (which would quit it).
import type { UiMode } from '../../../shared/ipc/channels';

export interface ModeWindow {
  close(): void;
}

export interface WindowModeDeps<W extends ModeWindow> {
  /** Opens the app's window for `mode` (kiosk options, kiosk session) and returns it. */
  openWindow(mode: UiMode): W;
  /** Subscribes to the core's `kiosk:changed`; returns the unsubscribe function. */
  onModeChanged(listener: (mode: UiMode) => void): () => void;
}

export interface WindowModeFollower<W> {
  current(): { mode: UiMode; window: W };
  stop(): void;
}

export function followWindowMode<W extends ModeWindow>(
  initialMode: UiMode,
  deps: WindowModeDeps<W>,
): WindowModeFollower<W> {
  let mode = initialMode;
  let window = deps.openWindow(mode);
  const unsubscribe = deps.onModeChanged((next) => {
    // kiosk:changed also reports a PIN set or a lock-out: only a change of mode moves the window.
    if (next === mode) return;
    const old = window;
    mode = next;
    window = deps.openWindow(next);
    old.close();
  });
  return { current: () => ({ mode, window }), stop: unsubscribe };
}
