// Benchmarks (Node): walk-up sales replayed through the real core and its outbox against the
// Reservie simulator on loopback, at Reservie's budget time-scaled tenfold (100 requests per 6 s,
// the core's budget and the simulator's limit alike). D2: 1,000 sales queued during an outage,
// replayed while 30 % of the writes lose their reply after the server committed — exactly 1,000
// registrations must be on the server, none twice. P7: the replay rate of a clean outage, in
// orders per budget-minute (target ≥ 75 of the 100 requests a minute allows).
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/core-types';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startReservieSim, type RunningSim } from '../../electron/sim/index';
import { simControl } from '../../electron/sim/testing/sim-control';
import { simApi, syncOnce, type SimApi } from '../support/reservie-checkin-fixture';
import { tempDir } from '../support/sync-harness';
import type { OutboxSendReport } from '../../shared/domain/outbox';
import { round, type Figure } from './bench-types';

/** Time scale: one budget-minute of Reservie's 100 requests lasts this long here. */
const BUDGET_MINUTE_MS = 6_000;
const PER_SESSION = 100;

interface Replay {
  sales: number;
  onServer: number;
  duplicated: number;
  elapsedMs: number;
  droppedReplies: number;
  requests: number;
  rateLimited: number;
}

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** The bench's own reads share the simulator's limit with the core: wait out a 429 and ask again. */
async function patient<T>(read: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await read();
    } catch (error) {
      if (tries > 30 || !String(error).includes('answered 429')) throw error;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

async function emails(api: SimApi, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; out.length < n; page++) {
    const got = await patient(() =>
      api.get<{ customers: { email: string | null }[] }>(`/customers?page=${page}&perPage=100`),
    );
    if (got.customers.length === 0) throw new Error(`only ${out.length} customers with an e-mail`);
    for (const c of got.customers) if (c.email && out.length < n) out.push(c.email);
  }
  return out;
}

async function replay(sales: number, dropRate: number): Promise<Replay> {
  const rateLimit = { requests: 100, perSeconds: BUDGET_MINUTE_MS / 1000 };
  const sim: RunningSim = await startReservieSim({ scale: Math.ceil(sales * 1.1), rateLimit });
  const dataDir = tempDir('frontdesk-bench-sales-');
  const deps = createNodeHostDeps(dataDir, { logName: 'bench' });
  deps.settings.set('checkIn', { timeZone: 'UTC' });
  deps.settings.set('sales', { offlineMaxQueuedSales: 1000 });
  const core = await createCore({
    ...deps,
    autoSync: false,
    autoSend: false,
    budgetFor: (b) =>
      b === 'reservie' ? createRequestBudget({ requests: 100, perMs: BUDGET_MINUTE_MS }) : undefined,
  });
  try {
    const api = await simApi(sim.baseUrl);
    const who = await emails(api, sales);
    const sessions: string[] = [];
    for (let i = 0; i < Math.ceil(sales / PER_SESSION); i++) {
      const e = await patient(() =>
        api.send<{ id: string }>('POST', '/events', {
          name: `Bench class ${i}`,
          description: 'Bench',
          startsAt: new Date(Date.now() + 86_400_000 + i * 3_600_000).toISOString(),
          durationMinutes: 60,
          capacity: PER_SESSION,
          waitingListEnabled: false,
          price: 1200,
          currency: 'GBP',
        }),
      );
      sessions.push(e.id);
    }
    await call(core, 'backend:configure', {
      backend: 'reservie',
      baseUrl: sim.baseUrl,
      apiKey: 'demo-key',
      apiSecret: 'demo-secret',
    });
    await syncOnce(core);

    // The outage: every sale is saved at the desk, nothing sent.
    const control = simControl(sim.origin);
    await control.setFaults({ down: true });
    for (let i = 0; i < sales; i++) {
      const r = await call<{ state: string }>(core, 'sales:sell', {
        backend: 'reservie',
        sessionId: sessions[Math.floor(i / PER_SESSION)],
        email: who[i],
        payment: { kind: 'pay', tender: 'cash' },
      });
      if (r.state !== 'queued') throw new Error(`sale ${i} is ${r.state}, not queued`);
    }
    await control.clearFaults();
    if (dropRate > 0) await control.setFaults({ dropReplyAfterWriteRate: dropRate, faultSeed: 2 });
    await control.resetStats();

    const started = performance.now();
    // Each run stops at the first item whose reply was lost (to keep the order); the next looks it up.
    for (let run = 0; ; run++) {
      const report = await call<OutboxSendReport>(core, 'outbox:send');
      if (report.waiting === 0) break;
      if (run > sales * 2) throw new Error(`still ${report.waiting} waiting after ${run} runs`);
    }
    const elapsedMs = performance.now() - started;
    process.stderr.write(`  ${sales} sales replayed in ${round(elapsedMs / 1000, 1)} s\n`);
    const stats = await control.stats();
    await control.clearFaults();

    const seen = new Set<string>();
    let onServer = 0;
    let duplicated = 0;
    for (const id of sessions) {
      const regs = (
        await patient(() =>
          api.get<{ registrations: { customerId: string; status: string }[] }>(
            `/events/${id}/registrations?perPage=100`,
          ),
        )
      ).registrations;
      for (const r of regs) {
        if (r.status === 'cancelled') continue;
        onServer++;
        if (seen.has(`${id}/${r.customerId}`)) duplicated++;
        seen.add(`${id}/${r.customerId}`);
      }
    }
    return {
      sales,
      onServer,
      duplicated,
      elapsedMs,
      droppedReplies: stats.faults.droppedReplies,
      requests: stats.requests,
      rateLimited: stats.statuses['429'] ?? 0,
    };
  } finally {
    await core.close();
    await sim.close();
  }
}

export async function salesFigures(): Promise<{ D2: Figure; P7: Figure }> {
  const lossy = await replay(1_000, 0.3);
  const clean = await replay(500, 0);
  const perBudgetMinute = (r: Replay) => round((r.onServer * BUDGET_MINUTE_MS) / r.elapsedMs, 1);
  return {
    D2: {
      value: lossy.onServer,
      unit: 'registrations on the server',
      target: '= 1000, 0 twice',
      pass: lossy.onServer === 1_000 && lossy.duplicated === 0,
      detail: {
        duplicated: lossy.duplicated,
        droppedReplies: lossy.droppedReplies,
        requests: lossy.requests,
        '429s': lossy.rateLimited,
        seconds: round(lossy.elapsedMs / 1000, 1),
      },
    },
    P7: {
      value: perBudgetMinute(clean),
      unit: 'orders / budget-minute',
      target: '≥ 75',
      pass: perBudgetMinute(clean) >= 75 && clean.onServer === clean.sales,
      detail: {
        ratioToBudget: round(perBudgetMinute(clean) / 100, 2),
        // The budget starts full, so a short run gets one window's burst on top: without it.
        afterFirstWindow: round(((clean.onServer - 100) * BUDGET_MINUTE_MS) / clean.elapsedMs, 1),
        sales: clean.sales,
        requests: clean.requests,
        '429s': clean.rateLimited,
        seconds: round(clean.elapsedMs / 1000, 1),
      },
    },
  };
}
