// Node script (`npm run security:scan`): builds the app and runs Electronegativity (S1) over what
// ships (out/: main, preload, renderer). Every finding must be listed in TRIAGED below with the
// reason it is acceptable; any other finding above informational fails the scan.
// Electronegativity is fetched by npx on demand (about 230 MB of npm cache), not installed with the
// project. CI runs it after npm test (.ci/run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOL = '@doyensec/electronegativity@1.10.3';
const REPORT = join(ROOT, 'test-results', 'electronegativity.json');

/** @typedef {{ check: string, severity: string, confidence: string, file: string, location: string, sample: string, description: string }} Finding */

/**
 * Findings reviewed and accepted. `sample` matches the code the scanner quotes (or 'N/A').
 * Kept in step with the README's Security section.
 */
const TRIAGED = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'main/index.js',
    sample: /^N\/A$/,
    why: "the header CSP is one constant imported from shared/security/csp.ts; the scanner cannot read a variable, and the same string is checked in renderer/index.html's meta tag",
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    sample: /^default-src 'self'; script-src 'self';/,
    why: "csp-evaluator's generic note on script-src 'self'; we serve no JSONP, no user uploads and no AngularJS, and there is no unsafe-inline, unsafe-eval or remote source",
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.js',
    sample: /isAllowedExternalUrl\(url\)|shell\.openExternal\(url\)/,
    why: "every call goes through createOpenExternal (electron/main/open-external.ts): https on the default port to the back ends' own sites only, no credentials (tested with a table of hostile URLs)",
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/index.js',
    sample: /^preload: preloadPath,?$/,
    why: 'our own sandboxed CommonJS preload; it exposes one named function per contract call and no ipcRenderer (S5)',
  },
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function main() {
  console.log('[security-scan] Building main, preload and renderer (electron-vite build)…');
  if (run('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) {
    console.error('[security-scan] The build failed; nothing was scanned.');
    process.exit(1);
  }
  const electronVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  mkdirSync(dirname(REPORT), { recursive: true });
  rmSync(REPORT, { force: true }); // never read a stale report
  console.log(`[security-scan] Running ${TOOL} over out/ for Electron ${electronVersion}…`);
  // Through the library API, not the CLI's `-o report.csv`: the CLI writes that file with two
  // racing writes and can leave it garbled or empty on a busy machine (electronegativity-run.mjs).
  const status = run('npx', [
    '--yes',
    '-p',
    TOOL,
    '-c',
    `node ${JSON.stringify(join(ROOT, 'scripts', 'electronegativity-run.mjs'))} ${JSON.stringify(join(ROOT, 'out'))} ${electronVersion} ${JSON.stringify(REPORT)}`,
  ]);
  if (status !== 0) {
    console.error(`[security-scan] Electronegativity exited with ${status}.`);
    process.exit(1);
  }

  /** @type {{ checks: number, findings: Finding[], errors: { file: string, message: string, tolerable: boolean }[] }} */
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  // A file the scanner could not parse was not scanned: that must not pass as "no findings".
  const unparsed = report.errors.filter((e) => !e.tolerable);
  for (const e of report.errors)
    console.log(`  ${e.tolerable ? 'warning' : 'UNPARSED'}  ${e.file} — ${e.message}`);
  if (!(report.checks > 0) || unparsed.length > 0) {
    console.error(
      `[security-scan] The scan did not cover everything (${report.checks} checks, ${unparsed.length} file(s) not parsed).`,
    );
    process.exit(1);
  }
  const rows = report.findings;
  let untriaged = 0;
  for (const { check, severity, confidence, file, location, sample } of rows) {
    const known = TRIAGED.find((t) => t.check === check && t.file === file && t.sample.test(sample));
    const where = `${check} ${severity}/${confidence} ${file}:${location}`;
    if (known) console.log(`  triaged   ${where} — ${known.why}`);
    else if (severity === 'INFORMATIONAL') console.log(`  info      ${where} — ${sample}`);
    else {
      untriaged++;
      console.log(`  NEW       ${where} — ${sample}`);
    }
  }
  console.log(
    `[security-scan] ${rows.length} finding(s), ${untriaged} not triaged. Report: ${REPORT.slice(ROOT.length + 1)}`,
  );
  process.exit(untriaged === 0 ? 0 : 1);
}

main();
