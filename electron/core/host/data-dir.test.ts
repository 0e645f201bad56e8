// Core tests (plain Node): choosing and checking the data folder.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirError, ensureDataDir, requestedDataDir } from './data-dir';

const CWD = resolve('/home/desk');

describe('requestedDataDir', () => {
  it('is undefined when nothing asks for a folder (the caller then uses userData)', () => {
    expect(requestedDataDir(['/usr/bin/electron', 'out/main/index.js'], {}, CWD)).toBeUndefined();
    expect(requestedDataDir([], { FRONTDESK_DATA_DIR: '  ' }, CWD)).toBeUndefined();
  });

  it('reads --data-dir <dir> and --data-dir=<dir>, resolved against cwd', () => {
    expect(requestedDataDir(['x', '--data-dir', 'data'], {}, CWD)).toBe(join(CWD, 'data'));
    expect(requestedDataDir(['x', '--data-dir=/srv/desk'], {}, CWD)).toBe(resolve('/srv/desk'));
  });

  it('prefers the flag over FRONTDESK_DATA_DIR, and uses the variable otherwise', () => {
    const env = { FRONTDESK_DATA_DIR: '/from/env' };
    expect(requestedDataDir(['--data-dir', '/from/flag'], env, CWD)).toBe(resolve('/from/flag'));
    expect(requestedDataDir([], env, CWD)).toBe(resolve('/from/env'));
  });

  it.each([
    [['--data-dir']],
    [['--data-dir', '--inspect=0']],
    [['--data-dir=']],
    [['--data-dir', '   ']],
    [['--data-dir', 'a\0b']],
    [['--data-dir', '/']],
  ])('refuses %j with a clear DataDirError', (argv) => {
    expect(() => requestedDataDir(argv, {}, CWD)).toThrow(DataDirError);
  });

  it('refuses a bad FRONTDESK_DATA_DIR too', () => {
    expect(() => requestedDataDir([], { FRONTDESK_DATA_DIR: '/' }, CWD)).toThrow(/FRONTDESK_DATA_DIR/);
  });
});

describe('ensureDataDir', () => {
  let root: string;
  beforeEach(() => void (root = mkdtempSync(join(tmpdir(), 'frontdesk-datadir-'))));
  afterEach(() => {
    chmodSync(root, 0o700);
    rmSync(root, { recursive: true, force: true });
  });

  it('creates a missing folder, owner-only', () => {
    const dir = join(root, 'a', 'b');
    expect(ensureDataDir(dir)).toBe(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(statSync(dir).mode & 0o077).toBe(0);
  });

  it('refuses a path that is a file', () => {
    const file = join(root, 'file');
    writeFileSync(file, '');
    expect(() => ensureDataDir(file)).toThrow(/not a folder/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it cannot write to', () => {
    chmodSync(root, 0o500);
    expect(() => ensureDataDir(root)).toThrow(/not writable/);
  });
});
