// Node script (run by scripts/security-scan.mjs inside `npx -p @doyensec/electronegativity`): runs
// Electronegativity through its library API and writes the findings as one JSON file.
// Why not the CLI's `-o report.csv`: the CLI writes the CSV header and the rows with two concurrent
// fs.writeFile calls (header with 'w', rows with 'a'), so on a busy machine the header can land
// last and truncate or overwrite the rows. A report is then garbled, or holds no rows at all and
// would read as "no findings". Here the findings come back as values and are written in one call.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

// The scanner is CommonJS and is not one of our dependencies: load it from where npx put it.
const require = createRequire(import.meta.url);

/** npx puts the package's bin folder (node_modules/.bin) on PATH; the library is beside it. */
function findRunner() {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    const runner = join(dir, '..', '@doyensec', 'electronegativity', 'dist', 'runner.js');
    if (dir && existsSync(runner)) return runner;
  }
  throw new Error('Electronegativity is not on PATH: run this through `npx -p @doyensec/electronegativity`');
}

async function main() {
  const [input, electronVersion, report] = process.argv.slice(2);
  if (!input || !electronVersion || !report)
    throw new Error('usage: electronegativity-run.mjs <input> <electron version> <report.json>');
  const run = require(findRunner());
  const result = await run(
    {
      input,
      isSarif: false,
      customScan: [],
      // The release-notes check downloads Electron's release list from GitHub, which our machines
      // cannot reach; the Electron version itself is kept current by dependency updates instead.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    location: `${issue.location.line}:${issue.location.column}`,
    sample: issue.sample == null ? 'N/A' : String(issue.sample),
    description: issue.description,
  }));
  const errors = (result.errors || []).map((e) => ({
    file: e.file,
    message: String(e.message),
    tolerable: Boolean(e.tolerable),
  }));
  writeFileSync(
    report,
    JSON.stringify(
      { tool: 'electronegativity', checks: result.globalChecks + result.atomicChecks, findings, errors },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
