// Playwright: end-to-end tests of the real renderer in real Chromium against the loopback web host.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { lateMorningZone } from '../support/late-morning-zone';

// Every test meets the demo venues in their late morning, whatever the hour here: the simulators
// keep their timetables in this zone, and the web host (the venue's zone defaults to the
// machine's), the page and the test code all read the clock in it. Chosen once, in the runner's
// first process; the workers inherit it through the environment, so a run that crosses an hour
// keeps one zone. Set FRONTDESK_E2E_TIME_ZONE to pin one.
const zone = process.env.FRONTDESK_E2E_TIME_ZONE || lateMorningZone();
process.env.FRONTDESK_E2E_TIME_ZONE = zone;
process.env.FRONTDESK_SIM_TIME_ZONE = zone;
process.env.TZ = zone;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // A loaded 2-core machine: each test starts its own web host and simulators.
  workers: process.env.CI ? 2 : undefined,
  // A budget, not a wait: with two CPU hogs beside two workers a test runs about three times slower
  // than on a quiet machine (a 33 s kiosk test took 66 s), so a 60 s budget failed tests that were
  // only slow. Each step still has its own, tighter expect timeout.
  timeout: 150_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  outputDir: '../../test-results/e2e-artifacts',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    timezoneId: zone,
    trace: 'retain-on-failure',
  },
});
