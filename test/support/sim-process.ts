// Test/bench support (Node): runs a simulator as its own process via its CLI (`npm run sim`), so
// a benchmark measures the core's event loop and memory without the simulator's.
import { spawn, type ChildProcess } from 'node:child_process';

export interface SimProcess {
  baseUrl: string;
  origin: string;
  /** The running process (a new one after `start`). */
  readonly child: ChildProcess;
  stop(): Promise<void>;
  /**
   * Starts the simulator again after `stop`, on the same address with the same flags. Its data is
   * made again from the same seed, so it equals what the stopped one held as long as nothing was
   * written to that one: a back end that was down and has come back, as far as the desk can tell.
   */
  start(): Promise<void>;
}

export async function startSimProcess(args: string[]): Promise<SimProcess> {
  let running = await spawnSim(['--port', '0', ...args]);
  const port = new URL(running.baseUrl).port;
  const isGone = () => running.child.exitCode !== null || running.child.signalCode !== null;
  return {
    baseUrl: running.baseUrl,
    origin: new URL(running.baseUrl).origin,
    get child() {
      return running.child;
    },
    stop: async () => {
      // Already gone (exited, or killed by a signal): a second stop must not wait for an exit that came.
      if (isGone()) return;
      const exited = new Promise((r) => running.child.once('exit', r));
      running.child.kill('SIGTERM');
      await exited;
    },
    start: async () => {
      if (!isGone()) throw new Error('the simulator is still running: stop it first');
      running = await spawnSim(['--port', port, ...args]);
    },
  };
}

async function spawnSim(args: string[]): Promise<{ baseUrl: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sim/cli.ts', ...args], {
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
  return { baseUrl, child };
}
