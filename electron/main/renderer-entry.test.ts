// Electron main (tested in plain Node): what the window loads and what counts as the app page.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveRendererEntry } from './renderer-entry';
import { CONTENT_SECURITY_POLICY } from './security';

const RENDERER = resolve('/app/out/renderer');

describe('resolveRendererEntry', () => {
  it('loads app://frontdesk/index.html in production, served from out/renderer, and only it counts as the app', () => {
    const entry = resolveRendererEntry({
      isPackaged: true,
      devUrl: 'http://localhost:5173/',
      rendererDir: RENDERER,
    });
    expect(entry.url).toBe('app://frontdesk/index.html');
    expect(entry.servedFrom).toBe(RENDERER);
    expect(entry.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(entry.isAppUrl(`${entry.url}#/desk`)).toBe(true);
    expect(entry.isAppUrl('app://frontdesk/')).toBe(true);
    expect(entry.isAppUrl('http://localhost:5173/')).toBe(false);
    // The old file:// page is not the app any more.
    expect(entry.isAppUrl(pathToFileURL(`${RENDERER}/index.html`).href)).toBe(false);
  });

  it('loads the dev server when electron-vite provides one, and serves nothing itself', () => {
    const entry = resolveRendererEntry({
      isPackaged: false,
      devUrl: 'http://localhost:5173',
      rendererDir: RENDERER,
    });
    expect(entry.url).toBe('http://localhost:5173/');
    expect(entry.servedFrom).toBeUndefined();
    expect(entry.isAppUrl('http://localhost:5173/src/App.tsx')).toBe(true);
    expect(entry.isAppUrl('app://frontdesk/index.html')).toBe(false);
    expect(entry.csp).toContain('ws://localhost:5173');
  });
});
