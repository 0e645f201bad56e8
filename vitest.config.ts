// Vitest: unit and integration tests, all in plain Node (no Electron, no DOM).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,test/integration,test/support}/**/*.test.ts'],
    exclude: ['node_modules/**', 'out/**', 'test/e2e/**', 'test/electron/**'],
    environment: 'node',
    pool: 'forks',
    // A loaded 2-core machine: give real-HTTP tests room; they assert behaviour, not speed.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll gives up after 1 s by default: too soon for a real request on a loaded machine.
    // It still returns as soon as the value is seen.
    expect: { poll: { timeout: 20_000 } },
  },
});
