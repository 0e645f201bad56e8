// Bundle figures for the README and reviews: the renderer's initial JS (gzip) from the built
// out/renderer, and which modules the main process and the renderer pull in (esbuild metafiles).
// Usage: `npm run build && node scripts/bundle-figures.mjs [--json]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const OUT = 'out/renderer';

/** The scripts index.html loads before first paint (entry + modulepreloads), gzipped at level 9. */
function initialRendererJs() {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g),
  ];
  let raw = 0;
  let gzip = 0;
  for (const [, src] of srcs) {
    const bytes = readFileSync(join(OUT, src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gzip };
}

/** Modules in a bundle of `entry`; `external` leaves npm packages out (as electron-vite does for main). */
async function modulesOf(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: external ? 'node' : 'browser',
    format: 'esm',
    outdir: 'out/.figures',
    logLevel: 'silent',
    ...(external ? { packages: 'external' } : { loader: { '.css': 'empty', '.svg': 'empty' } }),
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const inBundle = Object.keys(output.inputs).filter((k) => output.inputs[k].bytesInOutput > 0);
  const count = (prefix) => inBundle.filter((k) => k.includes(prefix)).length;
  return { modules: inBundle.length, sim: count('electron/sim/'), zod: count('node_modules/zod/') };
}

const figures = {
  rendererInitialJs: initialRendererJs(),
  main: await modulesOf('electron/main/index.ts', true),
  renderer: await modulesOf('renderer/src/main.tsx', false),
};
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const { rendererInitialJs: r, main, renderer } = figures;
  process.stdout.write(
    `Renderer initial JS: ${r.files} file(s), ${r.raw} B raw, ${r.gzip} B gzip (P8 target ≤ 256000 B)\n` +
      `Main process bundle: ${main.modules} modules (npm packages external), ${main.sim} from electron/sim\n` +
      `Renderer bundle: ${renderer.modules} modules, ${renderer.zod} from zod\n`,
  );
}
