// `npm test`: typecheck, lint, unit + integration (vitest), end-to-end in Chromium (Playwright,
// web host) and the Electron smoke suite (skipped, saying so, where the Electron binary is absent).
// Stops at the first failing stage and exits non-zero; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
// Counts come from these reports: never let a previous run's numbers stand in for this one's.
for (const file of ['vitest.json', 'e2e.json', 'electron.json'])
  rmSync(`${results}/${file}`, { force: true });

const stages = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  [
    'unit + integration',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`],
  ],
  ['build (electron-vite + web bridge)', 'npm', ['run', '--silent', 'build:web']],
  ['end-to-end (Chromium)', 'npx', ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts']],
  ['Electron smoke', 'npx', ['playwright', 'test', '--config', 'test/electron/playwright.config.ts']],
];

let failedStage = null;
for (const [name, cmd, args] of stages) {
  process.stdout.write(`\n=== ${name}\n`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failedStage = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const vitest = readJson(`${results}/vitest.json`);
if (vitest) {
  counts.passed += vitest.numPassedTests ?? 0;
  counts.failed += vitest.numFailedTests ?? 0;
  counts.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
for (const file of [`${results}/e2e.json`, `${results}/electron.json`]) {
  const stats = readJson(file)?.stats;
  if (!stats) continue;
  counts.passed += stats.expected ?? 0;
  counts.failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  counts.skipped += stats.skipped ?? 0;
}
if (failedStage) process.stdout.write(`\nnpm test failed at stage: ${failedStage}\n`);
process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exit(failedStage ? 1 : 0);

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}
