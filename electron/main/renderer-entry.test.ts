// Electron main (tested in plain Node): what the window loads and what counts as the app page.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveRendererEntry } from './renderer-entry';
import { CONTENT_SECURITY_POLICY } from './security';

const INDEX = resolve('/app/out/renderer/index.html');

describe('resolveRendererEntry', () => {
  it('loads the built index.html in production, and only it counts as the app', () => {
    const entry = resolveRendererEntry({
      isPackaged: true,
      devUrl: 'http://localhost:5173/',
      indexFile: INDEX,
    });
    expect(entry.url).toBe(pathToFileURL(INDEX).href);
    expect(entry.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(entry.isAppUrl(`${entry.url}#/desk`)).toBe(true);
    expect(entry.isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('loads the dev server when electron-vite provides one', () => {
    const entry = resolveRendererEntry({
      isPackaged: false,
      devUrl: 'http://localhost:5173',
      indexFile: INDEX,
    });
    expect(entry.url).toBe('http://localhost:5173/');
    expect(entry.isAppUrl('http://localhost:5173/src/App.tsx')).toBe(true);
    expect(entry.isAppUrl(pathToFileURL(INDEX).href)).toBe(false);
    expect(entry.csp).toContain('ws://localhost:5173');
  });
});
