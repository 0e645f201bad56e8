// Web host tests (plain Node): the loopback server and the WebSocket bridge's sender checks,
// over real HTTP and real WebSockets. The core here is a real dispatcher with one live handler.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createDispatcher, type Handlers } from '../core/ipc/dispatch';
import type { Core } from '../core/core-types';
import { startWebHost, type WebHost } from './web-host';
import { BRIDGE_PATH, TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from './protocol';

const silent = { info() {}, warn() {}, error() {} };

function fakeBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-webhost-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'bridge.js'), 'window.bridge = 1');
  return dir;
}

function testCore(): Core {
  const handlers = {
    'cache:counts': () => ({ customers: 7 }),
    'sessions:list': () => [],
  } as unknown as Handlers;
  return { dispatch: createDispatcher(handlers, silent), onEvent: () => () => {}, close: async () => {} };
}

function connect(host: WebHost, opts: { token?: string; origin?: string } = {}) {
  const protocols = opts.token === undefined ? [] : [TOKEN_PROTOCOL_PREFIX + opts.token];
  const ws = new WebSocket(`ws://127.0.0.1:${new URL(host.origin).port}${WS_PATH}`, protocols, {
    origin: opts.origin ?? host.origin,
  });
  return new Promise<WebSocket>((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
}

function call(ws: WebSocket, raw: string): Promise<ServerMessage> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data)) as ServerMessage));
    ws.send(raw);
  });
}

describe('web host', () => {
  let host: WebHost;
  beforeEach(async () => {
    const dir = fakeBuild();
    host = await startWebHost({ core: testCore(), rendererDir: dir, bridgeFile: join(dir, 'bridge.js') });
  });
  afterEach(() => host.close());

  it('listens on loopback only and prints a URL carrying the token in the fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('serves index.html with the bridge script injected before the app, and a strict CSP header', async () => {
    const res = await fetch(host.origin + '/');
    const html = await res.text();
    expect(html).toContain(`<script src="${BRIDGE_PATH}"></script>`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(host.origin + BRIDGE_PATH)).status).toBe(200);
  });

  it('refuses path traversal, foreign Host headers and writes', async () => {
    expect((await fetch(host.origin + '/..%2f..%2fetc/passwd')).status).toBe(404);
    expect((await fetch(host.origin + '/', { method: 'POST' })).status).toBe(405);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(host.origin + '/', { headers: { host: 'evil.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(421);
  });

  it('refuses a WebSocket without the launch token, with a wrong one, or from another origin', async () => {
    await expect(connect(host)).rejects.toThrow(/401/);
    await expect(connect(host, { token: 'wrong' })).rejects.toThrow(/401/);
    await expect(connect(host, { token: host.token, origin: 'http://evil.example' })).rejects.toThrow(/401/);
  });

  it('relays a call, and answers malformed payloads with BAD_INPUT instead of failing', async () => {
    const ws = await connect(host, { token: host.token });
    expect(await call(ws, JSON.stringify({ id: 1, channel: 'cache:counts' }))).toEqual({
      kind: 'result',
      id: 1,
      result: { ok: true, value: { customers: 7 } },
    });
    const bad = await call(ws, '{not json');
    expect(bad).toMatchObject({
      kind: 'result',
      id: null,
      result: { ok: false, error: { code: 'BAD_INPUT' } },
    });
    const wrongInput = await call(
      ws,
      JSON.stringify({ id: 2, channel: 'cache:counts', input: { drop: 'table' } }),
    );
    expect(wrongInput).toMatchObject({ id: 2, result: { ok: false, error: { code: 'BAD_INPUT' } } });
    const unknown = await call(ws, JSON.stringify({ id: 3, channel: 'fs:readFile', input: '/etc/passwd' }));
    expect(unknown).toMatchObject({ id: 3, result: { ok: false, error: { code: 'BAD_INPUT' } } });
    ws.close();
  });
});

describe('web host in kiosk mode', () => {
  it("grants the launch token's holder only the kiosk's calls", async () => {
    const dir = fakeBuild();
    const kiosk = await startWebHost({
      core: testCore(),
      rendererDir: dir,
      bridgeFile: join(dir, 'bridge.js'),
      mode: 'kiosk',
    });
    try {
      const ws = await connect(kiosk, { token: kiosk.token });
      const counts = await call(ws, JSON.stringify({ id: 1, channel: 'cache:counts' }));
      expect(counts).toMatchObject({ id: 1, result: { ok: false, error: { code: 'DESK_ONLY' } } });
      const today = { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' };
      const sessions = await call(ws, JSON.stringify({ id: 2, channel: 'sessions:list', input: today }));
      expect(sessions).toMatchObject({ id: 2, result: { ok: true, value: [] } });
      ws.close();
    } finally {
      await kiosk.close();
    }
  });
});
