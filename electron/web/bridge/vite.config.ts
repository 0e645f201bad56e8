// Builds the web host's browser bridge as one classic script (IIFE), separate from the Electron build.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: resolve('out/web-bridge'),
    emptyOutDir: true,
    lib: {
      entry: resolve('electron/web/bridge/index.ts'),
      formats: ['iife'],
      name: 'FrontdeskBridge',
      fileName: () => 'bridge.js',
    },
  },
});
