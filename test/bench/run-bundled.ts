// Benchmarks (Node): bundles a bench entry with esbuild and runs it in a fresh plain-Node process,
// the way the app's core runs once built; returns the JSON the child printed last.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function runBundled<T>(entry: string, args: string[] = []): Promise<T> {
  // Inside the repo, so the bundle resolves the native addon from node_modules.
  const outfile = resolve('out/bench', entry.replace(/[/\\]/g, '_').replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  const child = spawn(process.execPath, ['--expose-gc', outfile, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`${entry} exited with ${code}: ${out}`);
  return JSON.parse(last) as T;
}
