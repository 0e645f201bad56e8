// Renderer: the end of every guest's turn. The store is emptied first (so nothing is drawn again),
// then the page is reloaded: a new JS heap, so no closure, cache or detached node keeps the last
// customer. The launch token survives a reload (the web bridge keeps it in sessionStorage; the
// preload runs again in Electron), and the last mode seen brings the page straight back as a kiosk.
import type { KioskGuestStore } from './kiosk-store';

export function forgetGuest(
  guest: KioskGuestStore,
  reload: () => void = () => window.location.reload(),
): void {
  guest.getState().reset();
  reload();
}
