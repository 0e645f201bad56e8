// Core test support (plain Node): a real HTTP server on 127.0.0.1 that answers from a script, so
// the HTTP layer is tested over real sockets without the simulators.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
}

export type Reply =
  /** A header set to null is left out (e.g. no content-type at all). */
  | { status: number; headers?: Record<string, string | null>; body?: unknown }
  /** Destroy the socket without answering (a dropped connection). */
  | 'drop'
  /** Never answer (until the server closes). */
  | 'hang';

export type Script = (req: SeenRequest, index: number) => Reply | Promise<Reply>;

export interface ScriptServer {
  origin: string;
  requests: SeenRequest[];
  count(method: string, path: string): number;
  /** Requests the script answered with 'hang' whose connection is still open. */
  hanging(): number;
  close(): Promise<void>;
}

function send(res: ServerResponse, reply: Exclude<Reply, 'drop' | 'hang'>): void {
  const isText = typeof reply.body === 'string';
  const body = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
  const type = isText ? 'text/plain' : 'application/json';
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({ 'content-type': type, ...reply.headers }))
    if (value !== null) headers[name] = value;
  res.writeHead(reply.status, headers);
  res.end(body);
}

export async function startScriptServer(script: Script): Promise<ScriptServer> {
  const requests: SeenRequest[] = [];
  let hanging = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      requests.push(seen);
      void Promise.resolve(script(seen, requests.length - 1)).then((reply) => {
        if (reply === 'drop') req.socket.destroy();
        else if (reply === 'hang') {
          hanging++;
          res.on('close', () => hanging--);
        } else send(res, reply);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    count: (method, path) => requests.filter((r) => r.method === method && r.path === path).length,
    hanging: () => hanging,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address nothing listens on (ECONNREFUSED): bind a port, then free it. */
export async function refusedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
