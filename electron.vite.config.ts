// electron-vite: builds the Electron main process, the sandboxed preload (CommonJS) and the renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Dev server only: Vite injects an inline React-refresh preamble and <style> tags and talks to its
 * HMR WebSocket, which the strict CSP meta tag would block. Built output keeps the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'frontdesk:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is a native addon: never bundle it; the Electron build is loaded via nativeBinding.
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot be ES modules, and cannot require npm packages: bundle everything.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: 'out/renderer',
      // Smaller initial JS for a faster first paint (electron-vite leaves renderer output unminified).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
