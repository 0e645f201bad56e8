// Test support (plain Node): starts test/support/web-host-child.ts (the probe's web host) and reads its address, its
// liveness and its memory (Linux /proc: VmRSS now, VmHWM the peak) from outside.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface WebHostProcess {
  origin: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  alive(): boolean;
  /** Megabytes, from /proc; null where there is no /proc. */
  memoryMb(): { rss: number; peak: number } | null;
  /** Everything the host wrote to stderr (a crash's stack ends up here). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function startWebHostProcess(): Promise<WebHostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/web-host-child.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const first = await new Promise<{ origin: string; token: string; dataDir: string }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n'))
        resolve(JSON.parse(out.split('\n')[0]!) as { origin: string; token: string; dataDir: string });
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}) before listening: ${err}`)));
  });
  const memoryMb = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (field: string) =>
        Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
    } catch {
      return null;
    }
  };
  return {
    ...first,
    child,
    alive: () => child.exitCode === null && child.signalCode === null,
    memoryMb,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
