// Playwright config for the real-Electron smoke suite (`npm run test:electron`, after `npm run build`).
// It skips itself, saying so, where the Electron binary is not installed. On Linux CI without a display,
// run it under xvfb-run.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: fileURLToPath(new URL('./global-setup.ts', import.meta.url)),
  outputDir: '../../test-results/electron-artifacts',
  // One Electron at a time: the machines are small.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  // scripts/test-all.mjs adds test-results/electron.json to npm test's totals.
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
});
