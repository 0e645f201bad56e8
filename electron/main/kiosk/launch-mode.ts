// Electron main (pure): desk or kiosk, from the command line. `--kiosk` asks the core to enter
// kiosk mode at start; the mode the core saved (kiosk:enter / kiosk:exit) is followed by
// window-mode.ts either way.

export type LaunchMode = 'desk' | 'kiosk';

/** `--kiosk` anywhere after the executable; anything else (including `--kiosk=no`) is desk mode. */
export function launchModeFromArgv(argv: readonly string[]): LaunchMode {
  return argv.slice(1).includes('--kiosk') ? 'kiosk' : 'desk';
}
