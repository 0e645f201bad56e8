// Simulator (plain Node): who may use the /_sim control routes. They need no auth (tests steer
// the simulator with them), so a web page must not reach them: the Host must be this simulator's
// own loopback address (no DNS rebinding), a browser's Origin must be that address too, and a body
// must be JSON (a page's "simple" text/plain POST needs no CORS preflight).
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Why a control request is refused, or null when it may go ahead. */
export function controlRefusal(req: IncomingMessage, port: number, rawBody: string): string | null {
  const ours = new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
  const host = (req.headers.host ?? '').toLowerCase();
  if (!ours.has(host)) return 'control requests must be addressed to this simulator on loopback';
  const origin = req.headers.origin;
  if (origin !== undefined && !ours.has(origin.toLowerCase().replace(/^http:\/\//, '')))
    return 'control requests from another origin are refused';
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (rawBody.length > 0 && type !== 'application/json')
    return 'control request bodies must be application/json';
  return null;
}
