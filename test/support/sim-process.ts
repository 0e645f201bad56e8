// Test/bench support (Node): runs a simulator as its own process via its CLI (`npm run sim`), so
// a benchmark measures the core's event loop and memory without the simulator's.
import { spawn, type ChildProcess } from 'node:child_process';

export interface SimProcess {
  baseUrl: string;
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startSimProcess(args: string[]): Promise<SimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sim/cli.ts', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const first = out.split('\n')[0]!;
      if (out.includes('\n')) {
        const match = /^listening on (\S+)$/.exec(first);
        if (match?.[1]) resolve(match[1]);
        else reject(new Error(`unexpected first line from the simulator: ${first}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`simulator exited (${code}) before listening`)));
  });
  return {
    baseUrl,
    origin: new URL(baseUrl).origin,
    child,
    stop: async () => {
      // Already gone (exited, or killed by a signal): a second stop must not wait for an exit that came.
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
