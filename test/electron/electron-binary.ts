// Playwright helper (Node): finds the Electron binary the way node_modules/electron/index.js does, but
// without its side effect — requiring that module starts a download when the binary is missing, which
// hangs or fails on machines that cannot reach Electron's download host.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const SKIP_MESSAGE =
  'Electron binary not installed: the _electron smoke suite was skipped. It runs where `npx electron --version` works.';

/** The Electron executable's path, or undefined when it is not installed. Never downloads. */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  let pkgDir: string;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, relative || 'electron')
    : relative && join(pkgDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : undefined;
}

// `tsx test/electron/electron-binary.ts` prints the status line, for scripts that want it without Playwright.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const binary = findElectronBinary();
  console.log(binary ? `Electron binary found: ${binary}` : SKIP_MESSAGE);
}
