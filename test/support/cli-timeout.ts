// Test support (Node): how long a test that drives the CLI as a child process may take.
/**
 * Every CLI call in these tests is a fresh `node --import tsx electron/cli/main.ts`, as
 * `npm run frontdesk` runs it: a few seconds each on a loaded 2-core machine, and more when other
 * suites run beside it (a shuffled vitest beside a CI run took over 120 s for a dozen calls). The
 * limit only ends a hung run; no assertion depends on it.
 */
export const CLI_TEST_TIMEOUT = 360_000;
