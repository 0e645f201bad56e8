// Electron main (plain Node): the kiosk's escape-shortcut predicate, table-driven over both
// platform conventions, with the typing that must keep working next to each blocked family.
import { describe, expect, it } from 'vitest';
import { isKioskEscape, type KeyInput } from './escape-shortcuts';

type Mods = Partial<Pick<KeyInput, 'control' | 'meta' | 'alt' | 'shift'>>;

/** A keyDown as Electron reports it; `code` defaults to the US-layout position of a letter or digit. */
function press(key: string, mods: Mods = {}, code = defaultCode(key)): KeyInput {
  return { type: 'keyDown', key, code, control: false, meta: false, alt: false, shift: false, ...mods };
}

function defaultCode(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  const named: Record<string, string> = {
    '+': 'Equal',
    '=': 'Equal',
    '-': 'Minus',
    '[': 'BracketLeft',
    ']': 'BracketRight',
    ' ': 'Space',
  };
  return named[key] ?? key;
}

const ctrl = { control: true };
const ctrlShift = { control: true, shift: true };
const cmd = { meta: true };
const cmdShift = { meta: true, shift: true };
const cmdAlt = { meta: true, alt: true };
const altGr = { control: true, alt: true };

type Row = [label: string, input: KeyInput];

const BLOCKED_WINDOWS_LINUX: Row[] = [
  ['F5 reload', press('F5')],
  ['Ctrl+R reload', press('r', ctrl)],
  ['Ctrl+Shift+R hard reload', press('R', ctrlShift)],
  ['Shift+F5 hard reload', press('F5', { shift: true })],
  ['Ctrl+F5 hard reload', press('F5', ctrl)],
  ['BrowserRefresh key', press('BrowserRefresh')],
  ['F12 devtools', press('F12')],
  ['Ctrl+Shift+I devtools', press('I', ctrlShift)],
  ['Ctrl+Shift+J console', press('J', ctrlShift)],
  ['Ctrl+Shift+C inspect', press('C', ctrlShift)],
  ['Ctrl+W close', press('w', ctrl)],
  ['Ctrl+Q quit', press('q', ctrl)],
  ['Alt+F4 close', press('F4', { alt: true })],
  ['Ctrl+F4 close', press('F4', ctrl)],
  ['Ctrl+N new window', press('n', ctrl)],
  ['Ctrl+Shift+N incognito', press('N', ctrlShift)],
  ['Ctrl+T new tab', press('t', ctrl)],
  ['Ctrl++ zoom in', press('+', ctrlShift, 'Equal')],
  ['Ctrl+= zoom in', press('=', ctrl)],
  ['Ctrl+- zoom out', press('-', ctrl)],
  ['Ctrl+0 zoom reset', press('0', ctrl)],
  ['Ctrl+numpad + zoom in', press('+', ctrl, 'NumpadAdd')],
  ['Ctrl+numpad - zoom out', press('-', ctrl, 'NumpadSubtract')],
  ['ZoomIn key', press('ZoomIn')],
  ['Alt+Left back', press('ArrowLeft', { alt: true })],
  ['Alt+Right forward', press('ArrowRight', { alt: true })],
  ['Alt+Home home page', press('Home', { alt: true })],
  ['BrowserBack key', press('BrowserBack')],
  ['BrowserForward key', press('BrowserForward')],
  ['Ctrl+P print', press('p', ctrl)],
  ['Print key', press('Print')],
  ['Ctrl+U view source', press('u', ctrl)],
  ['Ctrl+F find', press('f', ctrl)],
  ['Ctrl+S save', press('s', ctrl)],
  ['Ctrl+O open', press('o', ctrl)],
  ['F11 full screen', press('F11')],
  ['Alt+Tab switch', press('Tab', { alt: true })],
  ['Ctrl+Tab switch tab', press('Tab', ctrl)],
  ['Windows key alone', press('Meta', { meta: true }, 'MetaLeft')],
  ['Windows key on Linux (OS)', press('OS', {}, 'OSLeft')],
  ['Win+D', press('d', { meta: true })],
  ['Alt+Space window menu', press(' ', { alt: true })],
  ['Shift+Esc task manager', press('Escape', { shift: true })],
  ['Ctrl+Shift+Esc', press('Escape', ctrlShift)],
  ['Ctrl+Esc start menu', press('Escape', ctrl)],
  ['ContextMenu key', press('ContextMenu')],
  ['Ctrl+R on a Russian layout (key к)', press('к', ctrl, 'KeyR')],
  ['AltGr+F4 is not typing', press('F4', altGr)],
  ['Ctrl+1 tab switching', press('1', ctrl)],
  ['keyUp of Ctrl+W too', { ...press('w', ctrl), type: 'keyUp' }],
];

const BLOCKED_MAC: Row[] = [
  ['Cmd+R reload', press('r', cmd)],
  ['Cmd+Shift+R hard reload', press('r', cmdShift)],
  ['F5 reload', press('F5')],
  ['Cmd+Option+I devtools (key ˆ)', press('ˆ', cmdAlt, 'KeyI')],
  ['Cmd+Option+J console', press('∆', cmdAlt, 'KeyJ')],
  ['Cmd+Option+C inspect', press('ç', cmdAlt, 'KeyC')],
  ['Cmd+Shift+C inspect', press('c', cmdShift)],
  ['F12 devtools', press('F12')],
  ['Cmd+W close', press('w', cmd)],
  ['Cmd+Q quit', press('q', cmd)],
  ['Cmd+N new window', press('n', cmd)],
  ['Cmd+Shift+N', press('n', cmdShift)],
  ['Cmd+T new tab', press('t', cmd)],
  ['Cmd+= zoom in', press('=', cmd)],
  ['Cmd++ zoom in', press('+', cmdShift, 'Equal')],
  ['Cmd+- zoom out', press('-', cmd)],
  ['Cmd+0 zoom reset', press('0', cmd)],
  ['Cmd+[ back', press('[', cmd)],
  ['Cmd+] forward', press(']', cmd)],
  ['Cmd+P print', press('p', cmd)],
  ['Cmd+Option+U view source', press('¨', cmdAlt, 'KeyU')],
  ['Cmd+F find', press('f', cmd)],
  ['Cmd+S save', press('s', cmd)],
  ['Cmd+O open', press('o', cmd)],
  ['Ctrl+Cmd+F full screen', press('f', { meta: true, control: true })],
  ['Cmd+H hide', press('h', cmd)],
  ['Cmd+M minimise', press('m', cmd)],
  ['Cmd+Tab switch', press('Tab', cmd)],
  ['Cmd+` cycle windows', press('`', cmd, 'Backquote')],
  ['Cmd+, preferences', press(',', cmd, 'Comma')],
  ['Cmd alone', press('Meta', cmd, 'MetaLeft')],
  ['Cmd+Option+Esc force quit', press('Escape', cmdAlt)],
  ['BrowserBack key', press('BrowserBack')],
];

const TYPING_EVERYWHERE: Row[] = [
  ['a letter', press('a')],
  ['a capital (Shift+letter)', press('A', { shift: true })],
  ['a digit', press('7')],
  ['Shift+digit (!)', press('!', { shift: true }, 'Digit1')],
  ['Enter', press('Enter')],
  ['Backspace', press('Backspace')],
  ['Delete', press('Delete')],
  ['Tab (next field)', press('Tab')],
  ['Shift+Tab (previous field)', press('Tab', { shift: true })],
  ['arrows', press('ArrowDown')],
  ['Shift+arrow (select)', press('ArrowLeft', { shift: true })],
  ['space', press(' ')],
  ['plain Escape (close a dialog)', press('Escape')],
  ['Shift alone', press('Shift', { shift: true }, 'ShiftLeft')],
  ['an accented letter', press('é', {}, 'Digit2')],
  ['Home', press('Home')],
  ['a dead accent key', press('Dead', {}, 'BracketLeft')],
];

const TYPING_WINDOWS_LINUX: Row[] = [
  ['Ctrl+C copy', press('c', ctrl)],
  ['Ctrl+V paste', press('v', ctrl)],
  ['Ctrl+X cut', press('x', ctrl)],
  ['Ctrl+Z undo', press('z', ctrl)],
  ['Ctrl+A select all', press('a', ctrl)],
  ['Ctrl+Left word left', press('ArrowLeft', ctrl)],
  ['Ctrl+Backspace delete word', press('Backspace', ctrl)],
  ['AltGr+2 is @ (Polish)', press('@', altGr, 'Digit2')],
  ['AltGr+Q is @ (German)', press('@', altGr, 'KeyQ')],
  ['AltGr+E is € (German)', press('€', altGr, 'KeyE')],
  ['AltGr+0 is } (German)', press('}', altGr, 'Digit0')],
  ['AltGr++ is ~ (German)', press('~', altGr, 'BracketRight')],
  ['AltGr+R is ¶', press('¶', altGr, 'KeyR')],
  ['AltGr dead accent', press('Dead', altGr, 'Equal')],
  ['AltGr+Shift+W', press('Ẃ', { ...altGr, shift: true }, 'KeyW')],
];

const TYPING_MAC: Row[] = [
  ['Cmd+C copy', press('c', cmd)],
  ['Cmd+V paste', press('v', cmd)],
  ['Cmd+Z undo', press('z', cmd)],
  ['Cmd+A select all', press('a', cmd)],
  ['Option+2 is ™ (US) / @ (some layouts)', press('™', { alt: true }, 'Digit2')],
  ['Option+L is @ (German Mac)', press('@', { alt: true }, 'KeyL')],
  ['Option+Left word left', press('ArrowLeft', { alt: true })],
  ['Option+Right word right', press('ArrowRight', { alt: true })],
  ['Cmd+Left line start', press('ArrowLeft', cmd)],
  ['Ctrl+A line start', press('a', { control: true })],
  ['Option+Shift+K is the Apple logo', press('\uf8ff', { alt: true, shift: true }, 'KeyK')],
];

describe('isKioskEscape', () => {
  describe.each(['win32', 'linux'] as const)('on %s', (platform) => {
    it.each(BLOCKED_WINDOWS_LINUX)('blocks %s', (_label, input) => {
      expect(isKioskEscape(input, platform)).toBe(true);
    });
    it.each([...TYPING_EVERYWHERE, ...TYPING_WINDOWS_LINUX])('lets %s through', (_label, input) => {
      expect(isKioskEscape(input, platform)).toBe(false);
    });
  });

  describe('on darwin', () => {
    it.each(BLOCKED_MAC)('blocks %s', (_label, input) => {
      expect(isKioskEscape(input, 'darwin')).toBe(true);
    });
    it.each([...TYPING_EVERYWHERE, ...TYPING_MAC])('lets %s through', (_label, input) => {
      expect(isKioskEscape(input, 'darwin')).toBe(false);
    });
  });

  it('reads the platform: Alt+Left is back on Windows but word-left on macOS', () => {
    const altLeft = press('ArrowLeft', { alt: true });
    expect([isKioskEscape(altLeft, 'win32'), isKioskEscape(altLeft, 'darwin')]).toEqual([true, false]);
  });
});
