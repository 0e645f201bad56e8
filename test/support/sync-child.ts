// Test support (Node, child process): one full Reservie sync into a cache in `dataDir`, printing
// each progress event as a line, so a parent test can kill -9 it mid-sync and start it again.
import { createReservieClient } from '../../electron/core/backends/reservie/reservie-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import { reserviePlan } from '../../electron/core/sync/reservie-plan';
import { openCache } from '../../electron/core/store/cache-handle';
import { runSync } from './sync-harness';

const [dataDir, baseUrl, apiKey, apiSecret] = process.argv.slice(2) as [string, string, string, string];
const cache = openCache(dataDir, 'live');
const client = createReservieClient({
  baseUrl,
  apiKey,
  apiSecret,
  budget: createRequestBudget({ requests: 1000, perMs: 60_000 }),
});
const { failures } = await runSync(cache.store, { reservie: reserviePlan(client) }, {}, (p) => {
  process.stdout.write(`${p.resource} ${p.phase} ${p.done}\n`);
});
cache.close();
process.stdout.write(failures.length ? `FAILED ${failures.join('; ')}\n` : 'COMPLETE\n');
process.exit(failures.length ? 1 : 0);
