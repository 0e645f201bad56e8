// Web host test support (plain Node): a stand-in for the built renderer (index.html, one asset and
// the bridge script), so the host can be started without running the renderer build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function fakeRendererBuild(): { rendererDir: string; bridgeFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-webhost-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'bridge.js'), 'window.bridge = 1');
  return { rendererDir: dir, bridgeFile: join(dir, 'bridge.js') };
}
