// Core test support (plain Node): a back end that misbehaves on purpose, on 127.0.0.1 — it never
// sends headers, trickles its body, sends 10 MB, HTML or broken JSON — so the HTTP layer's
// deadline and parsing are tested over real sockets. It records what it received.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Hostility =
  | 'no-headers'
  | 'trickle'
  | 'ten-megabytes'
  | 'html'
  | 'invalid-json'
  | { redirectTo: string; status: 307 | 308 };

export interface HostileServer {
  origin: string;
  /** Every request seen, with its body. */
  received: { method: string; url: string; body: string }[];
  close(): Promise<void>;
}

const TEN_MB = 10 * 1024 * 1024;

function misbehave(how: Hostility, res: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  if (how === 'no-headers') return; // the socket stays open, silent, until the server closes
  if (how === 'trickle') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const tick = setInterval(() => res.write(' '), 500);
    timers.add(tick);
    res.once('close', () => clearInterval(tick));
    return;
  }
  if (how === 'ten-megabytes') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"padding":"${'x'.repeat(TEN_MB)}"}`);
    return;
  }
  if (how === 'html') {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><body>Welcome to the hotel Wi-Fi</body></html>');
    return;
  }
  if (how === 'invalid-json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"token": "abc", "expiresIn": ');
    return;
  }
  res.writeHead(how.status, { location: how.redirectTo }).end();
}

export async function startHostileServer(how: Hostility): Promise<HostileServer> {
  const received: HostileServer['received'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString() });
      misbehave(how, res, timers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearInterval(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
