// Node script (run by `npm start` and `npm run build:electron-native`): builds better-sqlite3 for
// Electron's ABI into .electron-native/, leaving node_modules' Node build (used by `npm test`) untouched.
// The main process loads the result through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'node_modules', 'better-sqlite3');
/** Kept in step with DEV_ADDON in electron/main/native-binding.ts. */
const OUT_DIR = join(ROOT, '.electron-native', 'better-sqlite3');
const ADDON = join(OUT_DIR, 'build', 'Release', 'better_sqlite3.node');
const STAMP = join(OUT_DIR, 'frontdesk-build.json');
/** What node-gyp needs to compile the addon; `build/` (the Node build) is deliberately not copied. */
const SOURCES = ['binding.gyp', 'package.json', 'src', 'deps'];
const HEADERS_URL = 'https://electronjs.org/headers';

const say = (line) => console.log(`[electron-native] ${line}`);
const rel = (path) => relative(ROOT, path) || '.';

function versionOf(pkgDir) {
  const file = join(pkgDir, 'package.json');
  if (!existsSync(file)) fail(`${rel(pkgDir)} is not installed. Run \`npm install\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

function fail(message) {
  console.error(`\n[electron-native] ${message}`);
  console.error(
    '[electron-native] Frontdesk without Electron still works: `npm run start:web` runs the same app ' +
      'in your browser, on the Node build of better-sqlite3 that `npm install` made.\n',
  );
  process.exit(1);
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

function main() {
  const wanted = {
    electron: versionOf(join(ROOT, 'node_modules', 'electron')),
    betterSqlite3: versionOf(SOURCE),
    platform: process.platform,
    arch: process.arch,
  };
  const label = `better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`;
  const stamp = readStamp();
  if (existsSync(ADDON) && stamp && Object.keys(wanted).every((k) => stamp[k] === wanted[k])) {
    say(`${label} is up to date in ${rel(ADDON)}; nothing to do.`);
    return;
  }

  say(`Building ${label}.`);
  say(`Copying the sources from ${rel(SOURCE)} to ${rel(OUT_DIR)} (node_modules is left as it is).`);
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const entry of SOURCES) {
    if (!existsSync(join(SOURCE, entry)))
      fail(`${rel(join(SOURCE, entry))} is missing; reinstall better-sqlite3.`);
    cpSync(join(SOURCE, entry), join(OUT_DIR, entry), { recursive: true });
  }

  const nodeGyp = join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(nodeGyp)) fail('node-gyp is not installed. Run `npm install` first.');
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${wanted.electron}`,
    `--arch=${wanted.arch}`,
    `--dist-url=${HEADERS_URL}`,
    `--directory=${OUT_DIR}`,
  ];
  say(`Downloading Electron's headers from ${HEADERS_URL} (cached after the first time) and compiling;`);
  say('this takes a few minutes on a small machine. Running:');
  say(`  node ${args.map((a) => (a.startsWith(ROOT) ? rel(a) : a)).join(' ')}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });

  if (result.error || result.status !== 0 || !existsSync(ADDON)) {
    rmSync(STAMP, { force: true });
    fail(
      `Could not build ${label} (node-gyp ${result.error ? result.error.message : `exited with ${result.status}`}).\n` +
        `[electron-native] The usual causes: ${HEADERS_URL} cannot be reached from this machine (no network, ` +
        'a proxy, a firewall), or no C++ toolchain / Python is installed.',
    );
  }
  writeFileSync(STAMP, JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2) + '\n');
  say(`Done: ${rel(ADDON)}.`);
}

main();
