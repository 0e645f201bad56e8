// Web host tests (plain Node): `--kiosk` on a real core and a temp data folder, over a real
// WebSocket: the launch token grants only the kiosk's calls, even after staff leave kiosk mode.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { launchWebHost, parseWebHostArgs, type LaunchedWebHost } from './launch';
import { fakeRendererBuild } from './testing/fake-build';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from './protocol';
import type { Result } from '../../shared/ipc/result';

const PIN = '4711';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function launch(argv: string[]): Promise<LaunchedWebHost> {
  const launched = await launchWebHost(argv, fakeRendererBuild(), {}, { autoSync: false });
  closers.push(() => launched.close());
  return launched;
}

/** A client of the host's bridge: `call` resolves with the result of that call, skipping events. */
async function client(launched: LaunchedWebHost) {
  const { origin, token } = launched.host;
  const ws = new WebSocket(
    `ws://127.0.0.1:${new URL(origin).port}${WS_PATH}`,
    [TOKEN_PROTOCOL_PREFIX + token],
    {
      origin,
    },
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  closers.push(async () => ws.close());
  let next = 1;
  return (channel: string, input?: unknown) =>
    new Promise<Result<unknown>>((resolve) => {
      const id = next++;
      const onMessage = (data: unknown) => {
        const message = JSON.parse(String(data)) as ServerMessage;
        if (message.kind !== 'result' || message.id !== id) return;
        ws.off('message', onMessage);
        resolve(message.result);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, channel, input }));
    });
}

const deskOnly = { ok: false, error: expect.objectContaining({ code: 'DESK_ONLY' }) };

describe('web host --kiosk', () => {
  it('reads --kiosk and --port', () => {
    expect(parseWebHostArgs([])).toEqual({ port: 0, mode: 'desk' });
    expect(parseWebHostArgs(['--port', '4321', '--kiosk'])).toEqual({ port: 4321, mode: 'kiosk' });
    expect(() => parseWebHostArgs(['--port', 'x'])).toThrow(/--port/);
  });

  it('refuses to start in kiosk mode before a staff PIN is set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-kiosk-host-'));
    await expect(launch(['--kiosk', '--data-dir', dataDir])).rejects.toMatchObject({
      code: 'NOT_CONFIGURED',
    });
  });

  it('switches a desk to kiosk mode and grants only kiosk calls, even once staff have left it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-kiosk-host-'));
    const desk = await launch(['--data-dir', dataDir]);
    const atDesk = await client(desk);
    expect(await atDesk('kiosk:setPin', { pin: PIN })).toMatchObject({
      ok: true,
      value: { outcome: 'pinSet' },
    });
    expect(await atDesk('cache:counts')).toMatchObject({ ok: true });
    await desk.close();

    const kiosk = await launch(['--kiosk', '--data-dir', dataDir]);
    expect(kiosk.mode).toBe('kiosk');
    const atKiosk = await client(kiosk);
    expect(await atKiosk('kiosk:state')).toEqual({
      ok: true,
      value: { mode: 'kiosk', pinSet: true, retryAt: null, idleSeconds: 45, startAtLogin: false },
    });
    expect(await atKiosk('app:status')).toMatchObject({ ok: true });
    for (const channel of ['cache:counts', 'kiosk:setPin', 'backend:useDemo', 'app:doctor'])
      expect(await atKiosk(channel), channel).toEqual(deskOnly);
    expect(await atKiosk('customers:search', { query: 'an' })).toEqual(deskOnly);

    // The PIN takes the app back to desk mode, but this launch's token still grants only the kiosk.
    expect(await atKiosk('kiosk:exit', { pin: PIN })).toMatchObject({
      ok: true,
      value: { outcome: 'exited' },
    });
    expect(await atKiosk('kiosk:state')).toMatchObject({ ok: true, value: { mode: 'desk' } });
    expect(await atKiosk('cache:counts')).toEqual(deskOnly);
  });

  it('keeps a saved kiosk mode on a desk launch, enforced for its desk token too', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-kiosk-host-'));
    const first = await launch(['--data-dir', dataDir]);
    const call = await client(first);
    await call('kiosk:setPin', { pin: PIN });
    expect(await call('kiosk:enter')).toMatchObject({ ok: true, value: { mode: 'kiosk' } });
    await first.close();

    const again = await launch(['--data-dir', dataDir]);
    expect(again.mode).toBe('desk');
    const atDesk = await client(again);
    expect(await atDesk('cache:counts')).toEqual(deskOnly);
    expect(await atDesk('kiosk:exit', { pin: PIN })).toMatchObject({
      ok: true,
      value: { outcome: 'exited' },
    });
    expect(await atDesk('cache:counts')).toMatchObject({ ok: true });
  });
});
