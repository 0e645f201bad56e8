// Electron main (pure): desk or kiosk, from the command line. For now only `--kiosk` chooses
// kiosk mode; the staff-PIN-protected setting that survives a restart comes with the core's
// kiosk handlers and will be read next to this.

export type LaunchMode = 'desk' | 'kiosk';

/** `--kiosk` anywhere after the executable; anything else (including `--kiosk=no`) is desk mode. */
export function launchModeFromArgv(argv: readonly string[]): LaunchMode {
  return argv.slice(1).includes('--kiosk') ? 'kiosk' : 'desk';
}
