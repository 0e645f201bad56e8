// Simulator (plain Node): reading request bodies and writing replies on node:http.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiReply } from './router';
import { badRequest, SimError } from './sim-error';

const MAX_BODY_BYTES = 1_000_000;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    const done = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('end', done);
    // A client that hangs up mid-body never sends 'end'; do not leave the request pending forever.
    req.on('close', done);
    req.on('error', reject);
  });
}

/** An empty body is "no body" (POST /cart has none); anything else must be JSON. */
export function parseJsonBody(raw: string): unknown {
  if (raw.length >= MAX_BODY_BYTES) throw new SimError(413, 'bad_request', 'Request body too large');
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw badRequest('Malformed JSON body');
  }
}

export function sendReply(res: ServerResponse, reply: ApiReply): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (reply.text !== undefined) {
    headers['Content-Type'] ??= 'text/plain; charset=utf-8';
    payload = reply.text;
  } else if (reply.body !== undefined && reply.status !== 204) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    payload = JSON.stringify(reply.body);
  }
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** What a proxy in front of a crashed back end sends: HTML, not the API's JSON. */
export function errorPage(): ApiReply {
  const text =
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
    '<body><h1>502 Bad Gateway</h1><p>The upstream server returned an invalid response.</p></body></html>';
  return { status: 502, text, headers: { 'Content-Type': 'text/html; charset=utf-8' } };
}

/** Drops the connection without a reply (what a client sees as ECONNRESET / "socket hang up"). */
export function destroyConnection(req: IncomingMessage): void {
  req.socket.destroy();
}
