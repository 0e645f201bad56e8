// Benchmarks (Node, child process): runs the sync bench and prints its figures as JSON. It is
// bundled and run by plain `node` (see run-bundled.ts), so P9 measures the core as it ships, not
// the TypeScript loader.
import { runSyncBench } from './sync-bench';

const figures = await runSyncBench();
process.stdout.write(JSON.stringify(figures) + '\n');
process.exit(0);
