// CLI tests (plain Node): spawn the simulator CLI as a user would (`npx tsx electron/sim/cli.ts`),
// wait for its first line, talk to it over HTTP, stop it with SIGTERM; and bad flags.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from './testing/sim-http';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    // The CLI runs under npx in its own process group: end the whole group we started.
    if (child.exitCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

function startCli(args: string[]): ChildProcess {
  const child = spawn('npx', ['tsx', 'electron/sim/cli.ts', ...args], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

function lines(child: ChildProcess, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      out.push(line);
      if (out.length === count) {
        rl.close();
        resolve(out);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('sim CLI', () => {
  it('prints `listening on <base-url>` first, then the demo credentials, and serves the API', async () => {
    const child = startCli(['--backend', 'reservie', '--port', '0', '--scale', '500']);
    const [first, key, secret] = await lines(child, 3);
    expect(first).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(key).toBe('apiKey: demo-key');
    expect(secret).toBe('apiSecret: demo-secret');
    const baseUrl = (first ?? '').slice('listening on '.length);
    const token = await call<{ token: string }>(`${baseUrl}/auth/token`, {
      method: 'POST',
      body: { apiKey: 'demo-key', apiSecret: 'demo-secret' },
    });
    expect(token.status).toBe(200);
    const customers = await call<{ total: number }>(`${baseUrl}/customers`, { token: token.body.token });
    expect(customers.body.total).toBe(500);
    process.kill(-(child.pid ?? 0), 'SIGTERM');
    await exitCode(child);
    await expect(fetch(`${baseUrl}/customers`)).rejects.toThrow();
  });

  it('refuses unknown or bad flags with a clear message and exit code 2', async () => {
    const child = startCli(['--backend', 'reservie', '--error-rate', '3']);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitCode(child)).toBe(2);
    expect(stderr).toContain('--error-rate must be a number from 0 to 1');
    expect(stderr).toContain('Usage:');
  });
});
