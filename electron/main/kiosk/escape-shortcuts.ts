// Electron main (pure, no electron import): which key presses a kiosk must swallow. Fed from
// webContents' `before-input-event`; a `true` means the host calls event.preventDefault().
// The application menu is removed in kiosk mode, so most of these have no handler anyway: this is
// the second wall, and the one that also covers Chromium's own built-in keys.

/** The fields of Electron's `Input` this predicate reads (Electron's `Input` is assignable to it). */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** `process.platform`; only 'darwin' (Cmd/Option conventions) is told apart from the rest. */
export type KioskPlatform = NodeJS.Platform;

/** Keys on media keyboards and kiosk keypads that browse, zoom, print or launch something else. */
const SYSTEM_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'LaunchApplication1',
  'LaunchApplication2',
  'LaunchMail',
  'LaunchMediaPlayer',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'Print',
  'Close',
  'New',
  'Open',
  'Save',
  'Help',
  'ContextMenu',
]);

/** The OS key on its own (Start menu, Spotlight-like launchers): swallowed where the app sees it. */
const OS_KEYS = new Set(['Meta', 'OS', 'Super', 'Hyper']);

/**
 * Letters that, with the command modifier (Cmd on macOS, Ctrl elsewhere) and with or without Shift,
 * reload (r), close (w), quit (q), open a window or tab (n, t), print (p), find (f, g), save (s),
 * open a file (o), view source (u), hide or minimise (h, m), open downloads or the address bar
 * (j, l) or bookmark (d). Editing keys (a, c, v, x, z, y) are deliberately absent.
 */
const COMMAND_LETTERS = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'p',
  'f',
  'g',
  's',
  'o',
  'u',
  'h',
  'm',
  'j',
  'l',
  'd',
]);

/** With the command modifier plus Shift (Windows/Linux) or Option (macOS): the devtools panes. */
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c']);

/** Zoom (+, =, -, 0), tab switching (1-9), back/forward on macOS ([, ]), window cycling (`). */
const COMMAND_SYMBOL_KEYS = new Set(['+', '=', '-', '_', '[', ']', '{', '}', '`', ',']);
const COMMAND_SYMBOL_CODES = new Set([
  'Equal',
  'Minus',
  'NumpadAdd',
  'NumpadSubtract',
  'BracketLeft',
  'BracketRight',
  'Backquote',
  'Comma',
]);

const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

/**
 * True when the key press would let a guest leave, reload, inspect or reshape the kiosk. keyDown and
 * keyUp are judged alike (`type` is not read), so a swallowed shortcut never arrives half-pressed.
 */
export function isKioskEscape(input: KeyInput, platform: KioskPlatform): boolean {
  const { key, code } = input;
  // No function key has a use on the kiosk, and many are escapes: F5 reload, F11 full screen,
  // F12 devtools, Alt+F4 / Ctrl+F4 close, F6 address bar, F7 caret browsing, F10 menu.
  if (FUNCTION_KEY.test(key) || FUNCTION_KEY.test(code)) return true;
  if (SYSTEM_KEYS.has(key) || SYSTEM_KEYS.has(code)) return true;
  if (OS_KEYS.has(key)) return true;

  const mac = platform === 'darwin';
  const anyModifier = input.control || input.meta || input.alt || input.shift;
  // Plain Escape closes the app's own dialogs; with a modifier it is Chromium's task manager
  // (Shift+Esc), the OS task manager (Ctrl+Shift+Esc) or force-quit (Cmd+Option+Esc).
  if (key === 'Escape') return anyModifier;
  // Alt+Tab, Cmd+Tab, Ctrl+Tab (the OS usually gets the first two first; if the app sees them, so be it).
  // Shift+Tab moves focus backwards and must pass.
  if (key === 'Tab') return input.alt || input.meta || input.control;

  if (!mac) {
    // AltGr is reported as Ctrl+Alt on Windows: Ctrl+Alt+Q is '@' on a German keyboard, Ctrl+Alt+2
    // is '@' on a Polish one. Whatever types a character (or starts a dead-key accent) is typing.
    if (input.control && input.alt && !input.meta && isTyping(key)) return false;
    // Any Windows-key combination is the OS's (Win+D, Win+Tab…), never the kiosk's.
    if (input.meta) return true;
    // Back/forward and home; Alt+Space opens the window menu with Close in it.
    if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === ' '))
      return true;
  }

  const command = mac ? input.meta : input.control;
  if (!command) return false;

  const letters = shortcutLetters(input);
  const devtoolsModifier = input.shift || input.alt;
  if (letters.some((l) => COMMAND_LETTERS.has(l))) return true;
  if (devtoolsModifier && letters.some((l) => DEVTOOLS_LETTERS.has(l))) return true;
  if (/^[0-9]$/.test(key) || /^(Digit|Numpad)[0-9]$/.test(code)) return true;
  if (COMMAND_SYMBOL_KEYS.has(key) || COMMAND_SYMBOL_CODES.has(code)) return true;
  return false;
}

/** A key that puts a character into a text field: one printable character, or a dead accent key. */
function isTyping(key: string): boolean {
  return key === 'Dead' || [...key].length === 1;
}

/**
 * The letter(s) a shortcut names. Chromium matches Ctrl+R on a Russian layout (key 'к') by the
 * physical key, and Cmd+Option+I on macOS reports key 'ˆ': so both the key and the key's position
 * count. On AZERTY this over-blocks a few edit shortcuts (Cmd+A sits where Q is): acceptable on a kiosk.
 */
function shortcutLetters(input: KeyInput): string[] {
  const letters: string[] = [];
  const key = input.key.toLowerCase();
  if (/^[a-z]$/.test(key)) letters.push(key);
  const physical = /^Key([A-Z])$/.exec(input.code);
  if (physical) letters.push(physical[1]!.toLowerCase());
  return letters;
}
