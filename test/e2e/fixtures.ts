// E2E fixtures (Node): every test gets its own data folder and its own web host process, started
// exactly as `npm run start:web` starts it, and a page opened at the address it printed.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  output: () => string;
}

export async function startWebHostProcess(
  dataDir: string,
  extraEnv: Record<string, string> = {},
  /** More flags for `npm run start:web --`, e.g. `--kiosk`. */
  args: string[] = [],
) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/main.ts', '--port', '0', '--data-dir', dataDir, ...args],
    {
      env: { ...process.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`web host exited (${code}) before printing its address:\n${output}`)),
    );
  });
  const parsed = new URL(url);
  const host: WebHostProcess = {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    output: () => output,
  };
  return { host, child };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ host: WebHostProcess; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-'));
    const { host, child } = await startWebHostProcess(dataDir);
    await use(host);
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.locator('main[data-state="ready"]')).toBeVisible();
    await use(page);
  },
});

export { expect };
