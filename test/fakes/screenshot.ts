// Dev script (Node): serves the built renderer (out/renderer) on 127.0.0.1 with the app's CSP, drives
// Chromium with the fake Api injected, and saves a PNG per screen and state to test/screenshots/.
// Build first: `npx electron-vite build`; then `npx tsx test/fakes/screenshot.ts [name-filter]`.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { FakeApiOptions } from './fake-api';
import { SCENARIOS } from './screenshot-scenarios';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RENDERER = join(ROOT, 'out/renderer');
const OUT = join(ROOT, 'test/screenshots');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Chromium says this about every meta-tag CSP; it is expected, not a problem of ours. */
const EXPECTED_CONSOLE = /frame-ancestors' is ignored when delivered via a <meta> element/;

export interface Scenario {
  name: string;
  /** null: no fake at all (the "opened outside Frontdesk" screen). */
  fake: FakeApiOptions | null;
  /** Local wall-clock time to freeze the page at, as [hours, minutes] today. */
  at?: [number, number];
  /** Drive the page into the state to capture; resolve once it is visible. */
  act?: (page: Page) => Promise<void>;
}

export async function bundleFake(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'test/fakes/install-fake.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export function serve(dir: string = RENDERER): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // The same policy as a header too, as the web host sends it: the screenshots prove the CSP holds.
    res
      .writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
      })
      .end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

async function main() {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first.');
  }
  mkdirSync(OUT, { recursive: true });
  const filter = process.argv[2];
  const fakeBundle = await bundleFake();
  const { server, url } = await serve(RENDERER);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  const problems: string[] = [];
  try {
    for (const scenario of SCENARIOS.filter((s) => !filter || s.name.includes(filter))) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const page = await context.newPage();
      page.on('console', (m) => {
        if ((m.type() === 'error' || m.type() === 'warning') && !EXPECTED_CONSOLE.test(m.text())) {
          problems.push(`${scenario.name}: console ${m.type()}: ${m.text()}`);
        }
      });
      page.on('pageerror', (e) => problems.push(`${scenario.name}: page error: ${e.message}`));
      const [h, m] = scenario.at ?? [10, 40];
      const today = new Date();
      await page.clock.setFixedTime(new Date(today.getFullYear(), today.getMonth(), today.getDate(), h, m));
      if (scenario.fake) {
        const options = JSON.stringify(scenario.fake);
        await page.addInitScript({ content: `window.__frontdeskFakeOptions = ${options};\n${fakeBundle}` });
      }
      await page.goto(url);
      await page.locator('main[data-state]').waitFor();
      await scenario.act?.(page);
      const file = join(OUT, `${scenario.name}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      console.log(`saved ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

// Runs when executed (`npx tsx test/fakes/screenshot.ts`), not when another script borrows serve/bundleFake.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
