// Electron main (plain Node): `--kiosk` on the command line chooses kiosk mode.
import { describe, expect, it } from 'vitest';
import { launchModeFromArgv } from './launch-mode';

describe('launchModeFromArgv', () => {
  it.each([
    [['/opt/Frontdesk/frontdesk', '--kiosk'], 'kiosk'],
    [['electron', 'out/main/index.js', '--data-dir', '/d', '--kiosk'], 'kiosk'],
    [['/opt/Frontdesk/frontdesk'], 'desk'],
    [['electron', 'out/main/index.js', '--data-dir', '/d'], 'desk'],
    [['electron', '--kiosk=no'], 'desk'],
    [['electron', '--kiosks'], 'desk'],
    [['--kiosk'], 'desk'], // the executable's own path, not a flag
  ] as const)('%j → %s', (argv, mode) => {
    expect(launchModeFromArgv(argv)).toBe(mode);
  });
});
