// Benchmarks/test support (Node, child process): the real core on a real data folder, working the
// D1 plan (d1-world.ts) against simulator processes on loopback until every sale is captured and
// replayed, so the parent can SIGKILL it anywhere and start it again on the same folder. It prints
// one line per moment worth killing at, each written (synchronously, to a pipe) at that moment:
//   ready                         the core is open (it has started replaying what the outbox holds)
//   captured <ref>                the sale's outbox transaction has committed ("saved" may be said)
//   request <METHOD> <path>       a write is about to go to a back end
//   replied <METHOD> <path> <st>  its reply arrived: the server has acted, the outbox not yet told
//   handed                        the reply is handed to the core, which records it next
//   sold <ref> <state> | refused <ref> <code> <message>   what sales:sell answered
//   down <backend> / up <backend>  an offline batch begins (that back end is made unreachable) / ends
//   done <json>                   everything is captured and nothing waits; the outbox's states
// `--stop-at <regex>` (with `--stop-nth n`) freezes the process at the n-th matching line, so a
// test kills it exactly there; `--hold-reply-ms m` keeps each write's reply up to m ms (seeded) before
// handing it on, which widens the window between the server's commit and the outbox's record;
// `--upto n` works only the plan's first n sales; `--no-auto-send` sends only when asked.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/core-types';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import type { OutboxEntry, OutboxSendReport } from '../../shared/domain/outbox';
import type { SaleReceipt } from '../../shared/domain/sales';
import { rng, type D1Plan } from './d1-world';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    plan: { type: 'string' },
    setup: { type: 'boolean' },
    seed: { type: 'string' },
    'hold-reply-ms': { type: 'string' },
    'stop-at': { type: 'string' },
    'stop-nth': { type: 'string' },
    upto: { type: 'string' },
    'no-auto-send': { type: 'boolean' },
  },
});
const dataDir = values['data-dir']!;
const plan = JSON.parse(readFileSync(values.plan!, 'utf8')) as D1Plan;
const random = rng(Number(values.seed ?? 1));
const holdReplyMs = Number(values['hold-reply-ms'] ?? 0);
const stopAt = values['stop-at'] ? new RegExp(values['stop-at']) : null;
let stopNth = Number(values['stop-nth'] ?? 1);
/** Only the plan's first n sales (a test adds one sale at a time). */
const upto = values.upto === undefined ? Infinity : Number(values.upto);

function mark(line: string): void {
  process.stdout.write(`${line}\n`);
  if (stopAt?.test(line) && --stopNth === 0) {
    process.stdout.write(`stopped ${line}\n`);
    // Frozen here, synchronously: nothing after this moment runs before the parent's SIGKILL.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
}

// Every request of the core goes through fetch (http-client's default): watch the writes.
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
  const write = method !== 'GET' && !/\/(_sim|auth|login)/i.test(path);
  if (write) mark(`request ${method} ${path}`);
  const res = await realFetch(input, init);
  if (write) {
    mark(`replied ${method} ${path} ${res.status}`);
    if (holdReplyMs > 0) await new Promise((r) => setTimeout(r, random() * holdReplyMs));
    mark('handed');
  }
  return res;
};

async function control(origin: string, faults: Record<string, unknown> | null): Promise<void> {
  const res = await realFetch(`${origin}/_sim/faults`, {
    method: faults ? 'POST' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    ...(faults ? { body: JSON.stringify(faults) } : {}),
  });
  if (!res.ok) throw new Error(`/_sim/faults answered ${res.status}`);
}
const bothSims = (faults: Record<string, unknown> | null) =>
  Promise.all([control(plan.reservie.origin, faults), control(plan.resmark.origin, faults)]);
const sim = (backend: 'reservie' | 'resmark') => plan[backend].origin;

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

async function setUp(core: Core): Promise<void> {
  await call(core, 'backend:configure', {
    backend: 'reservie',
    baseUrl: plan.reservie.baseUrl,
    apiKey: 'demo-key',
    apiSecret: 'demo-secret',
  });
  await call(core, 'backend:configure', {
    backend: 'resmark',
    baseUrl: plan.resmark.baseUrl,
    username: plan.resmark.username,
    apiKey: plan.resmark.apiKey,
  });
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const off = core.onEvent((event) => event === 'sync:finished' && done());
  await call(core, 'sync:start', {});
  await finished;
  off();
}

/** A sale is captured when its last step is in the outbox (all steps commit together). */
function capturedRefs(entries: OutboxEntry[]): Set<string> {
  const refs = new Set<string>();
  for (const e of entries) refs.add(e.referenceId.replace(/-registration$/, ''));
  return refs;
}

async function work(core: Core): Promise<void> {
  // A kill may have left a back end "down" in the middle of an offline batch.
  await bothSims(null);
  mark('ready');
  const captured = capturedRefs(await call<OutboxEntry[]>(core, 'outbox:list'));
  let n = 0;
  for (const batch of plan.batches) {
    const todo = batch.sales.filter((s) => n++ < upto && !captured.has(s.referenceId!));
    if (todo.length === 0) continue;
    if (batch.offline) {
      mark(`down ${batch.offline}`);
      await control(sim(batch.offline), { down: true });
    }
    for (const sale of todo) {
      try {
        const receipt = await call<SaleReceipt>(core, 'sales:sell', sale);
        mark(`sold ${sale.referenceId} ${receipt.state}`);
      } catch (error) {
        const e = error as { code?: string; message?: string };
        mark(`refused ${sale.referenceId} ${e.code ?? '?'} ${e.message ?? String(error)}`);
      }
    }
    if (batch.offline) {
      await control(sim(batch.offline), null);
      mark(`up ${batch.offline}`);
    }
  }
  for (let run = 0; ; run++) {
    const report = await call<OutboxSendReport>(core, 'outbox:send');
    if (report.waiting === 0) break;
    if (run > 2_000) throw new Error(`still ${report.waiting} waiting after ${run} sends`);
    if (report.unreachable) await new Promise((r) => setTimeout(r, 100));
  }
  const entries = await call<OutboxEntry[]>(core, 'outbox:list');
  const states: Record<string, number> = {};
  for (const e of entries) {
    states[e.state] = (states[e.state] ?? 0) + 1;
    if (e.state !== 'sent') mark(`attention ${e.referenceId} ${e.state} ${e.lastError ?? ''}`);
  }
  mark(`done ${JSON.stringify(states)}`);
}

const deps = createNodeHostDeps(dataDir, { logName: 'd1' });
const log = deps.logger;
deps.settings.set('checkIn', { timeZone: 'UTC' });
deps.settings.set('sales', { offlineMaxQueuedSales: 1000 });
const core = await createCore({
  ...deps,
  logger: {
    ...log,
    info(message, fields) {
      log.info(message, fields);
      // Logged by the sales service right after captureSale's transaction committed.
      if (message === 'walk-up sale saved to the outbox') mark(`captured ${String(fields?.ref)}`);
    },
  },
  autoSync: false,
  // Off (a test): nothing is sent but by sales:sell and outbox:send, one after the other, so the
  // order of the lines above is the same in every run.
  autoSend: values['no-auto-send'] !== true,
  budgetFor: () => createRequestBudget({ requests: 1_000, perMs: 1_000 }),
});
try {
  if (values.setup) {
    await setUp(core);
    mark('set up');
  } else await work(core);
} finally {
  await core.close();
}
process.exit(0);
