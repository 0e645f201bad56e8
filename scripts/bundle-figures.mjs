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

/**
 * Modules in the chunk that loads first for `entry` (dynamic imports split off, as Rollup does);
 * `external` leaves npm packages out (as electron-vite does for main). `lazy` counts the rest.
 */
async function modulesOf(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    platform: external ? 'node' : 'browser',
    format: 'esm',
    outdir: 'out/.figures',
    logLevel: 'silent',
    ...(external ? { packages: 'external' } : { loader: { '.css': 'empty', '.svg': 'empty' } }),
  });
  const outputs = result.metafile.outputs;
  const used = (o) => Object.keys(o.inputs).filter((k) => o.inputs[k].bytesInOutput > 0);
  // The entry chunk and the chunks it imports statically: what loads before any import() runs.
  const entryName = Object.keys(outputs).find((name) => outputs[name].entryPoint);
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const i of outputs[name].imports)
      if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entryName);
  const first = [...initial].flatMap((name) => used(outputs[name]));
  const all = Object.values(outputs).flatMap(used);
  const count = (prefix) => first.filter((k) => k.includes(prefix)).length;
  return {
    modules: first.length,
    lazy: all.length - first.length,
    sim: count('electron/sim/'),
    zod: count('node_modules/zod/'),
  };
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
      `Main process, loaded at start: ${main.modules} modules (npm packages external), ${main.sim} from electron/sim; ${main.lazy} more on demand\n` +
      `Renderer, loaded at start: ${renderer.modules} modules, ${renderer.zod} from zod; ${renderer.lazy} more on demand\n`,
  );
}
