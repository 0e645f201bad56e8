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
const REPORT = join(ROOT, 'test-results', 'electronegativity.csv');

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

/** A small CSV reader for the scanner's report: quoted fields may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
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
  // The release-notes check downloads Electron's release list from GitHub, which our machines cannot
  // reach; the Electron version itself is kept current by Dependabot-style updates instead.
  const status = run(
    'npx',
    [
      '--yes',
      TOOL,
      '-i',
      join(ROOT, 'out'),
      '-e',
      electronVersion,
      '-r',
      '-v',
      'false',
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-o',
      REPORT,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (status !== 0) {
    console.error(`[security-scan] Electronegativity exited with ${status}.`);
    process.exit(1);
  }

  const [header, ...rows] = parseCsv(readFileSync(REPORT, 'utf8')).filter((r) => r.join('') !== '');
  // A report we cannot read must not pass as "no findings".
  if (header?.[0] !== 'issue' || rows.some((r) => r.length < 8 || !/^[A-Z_]+$/.test(r[0]))) {
    console.error(`[security-scan] Could not read the report ${REPORT}; see it for what the scanner wrote.`);
    process.exit(1);
  }
  let untriaged = 0;
  for (const [check, severity, confidence, file, location, sample] of rows) {
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
