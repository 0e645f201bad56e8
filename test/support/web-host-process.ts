// Test/script support (Node): starts the loopback web host as its own process, exactly as
// `npm run start:web` starts it, and reads back the address (with its launch token) it prints.
import { spawn, type ChildProcess } from 'node:child_process';

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
