// Unit (Node): the window follows the core's mode — a new window for a new mode, opened before the
// old one closes; kiosk:changed events that keep the mode (a PIN set, a lock-out) change nothing.
import { describe, expect, it } from 'vitest';
import type { UiMode } from '../../../shared/ipc/channels';
import { followWindowMode } from './window-mode';

function fakes() {
  const log: string[] = [];
  let listener: ((mode: UiMode) => void) | null = null;
  let n = 0;
  const deps = {
    openWindow(mode: UiMode) {
      const id = `${mode}#${++n}`;
      log.push(`open ${id}`);
      return { id, close: () => log.push(`close ${id}`) };
    },
    onModeChanged(l: (mode: UiMode) => void) {
      listener = l;
      return () => (listener = null);
    },
  };
  return { log, deps, emit: (mode: UiMode) => listener?.(mode), subscribed: () => listener !== null };
}

describe('window mode', () => {
  it('opens the window in the saved mode', () => {
    const f = fakes();
    const follower = followWindowMode('kiosk', f.deps);
    expect(f.log).toEqual(['open kiosk#1']);
    expect(follower.current().mode).toBe('kiosk');
  });

  it('replaces the window when the mode changes, the new one first', () => {
    const f = fakes();
    const follower = followWindowMode('desk', f.deps);
    f.emit('kiosk');
    f.emit('desk');
    expect(f.log).toEqual(['open desk#1', 'open kiosk#2', 'close desk#1', 'open desk#3', 'close kiosk#2']);
    expect(follower.current()).toMatchObject({ mode: 'desk', window: { id: 'desk#3' } });
  });

  it('ignores an event that keeps the mode, and stops listening when stopped', () => {
    const f = fakes();
    const follower = followWindowMode('desk', f.deps);
    f.emit('desk');
    expect(f.log).toEqual(['open desk#1']);
    follower.stop();
    expect(f.subscribed()).toBe(false);
  });
});
