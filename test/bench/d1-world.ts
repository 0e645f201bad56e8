// Benchmarks/test support (Node): the world of the D1 kill bench — both simulators as processes, a
// Reservie venue made through its own API, a plan of walk-up sales (both back ends, some to new
// Reservie customers, some captured while the back ends are down), the child core that works the
// plan (d1-child.ts) run as a process that can be SIGKILLed, and the check of what the simulators
// hold against what the child promised: every promised sale exactly once, nothing ever twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { createResmarkClient, type ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import type { SaleRequestInput } from '../../shared/domain/sales';
import { simApi, type SimApi } from '../support/sim-api';
import { startSimProcess, type SimProcess } from '../support/sim-process';

export const RESMARK_USER = 'demo@frontdesk.test';
export const RESMARK_KEY = 'demo-api-key';

export interface D1Batch {
  /**
   * This back end is down while the batch is captured (its sales are queued), then back up. Rare:
   * the core takes about 11 s of retries to call a back end offline, and a restart starts online.
   */
  offline: 'reservie' | 'resmark' | null;
  sales: SaleRequestInput[];
}

/** What the child reads at every start (the parent may append batches between starts). */
export interface D1Plan {
  reservie: { baseUrl: string; origin: string };
  resmark: { baseUrl: string; origin: string; username: string; apiKey: string };
  batches: D1Batch[];
}

/** A small seeded generator (mulberry32): the same seed makes the same plan and the same kills. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Slot {
  activityId: string;
  tier: string;
  /** Places of that tier left when the world was made. */
  available: number;
}

export interface D1World {
  reservie: SimProcess;
  resmark: SimProcess;
  api: SimApi;
  rm: ResmarkClient;
  sessions: string[];
  customers: { id: string; email: string }[];
  passId: string;
  slots: Slot[];
  plan: D1Plan;
  close(): Promise<void>;
}

const SESSIONS = 6;
const CUSTOMERS = 60;

/** Both simulators as processes, with no rate limit to speak of, and the venue the plan sells in. */
export async function startD1World(): Promise<D1World> {
  const reservie = await startSimProcess([
    '--backend',
    'reservie',
    '--scale',
    '0',
    '--rate-limit',
    '100000/1',
  ]);
  const resmark = await startSimProcess(['--backend', 'resmark']);
  const api = await simApi(reservie.baseUrl);
  const pass = await api.send<{ id: string }>('POST', '/passes', {
    name: '5-Class Pass',
    credits: 5,
    price: 4000,
    validityPeriod: 3,
    validityUnit: 'months',
  });
  const sessions: string[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const e = await api.send<{ id: string }>('POST', '/events', {
      name: `Kill class ${i}`,
      description: 'D1',
      startsAt: new Date(Date.now() + 86_400_000 + i * 3_600_000).toISOString(),
      durationMinutes: 60,
      capacity: 2_000,
      waitingListEnabled: false,
      price: 1200,
      currency: 'GBP',
    });
    sessions.push(e.id);
  }
  const customers: { id: string; email: string }[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const email = `regular${i}@example.com`;
    const c = await api.send<{ id: string }>('POST', '/customers', {
      firstName: `Regular${i}`,
      lastName: 'Member',
      email,
    });
    customers.push({ id: c.id, email });
  }
  const rm = createResmarkClient({
    baseUrl: resmark.baseUrl,
    username: RESMARK_USER,
    apiKey: RESMARK_KEY,
    budget: createRequestBudget({ requests: 1000, perMs: 1000 }),
  });
  const slots: Slot[] = [];
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  for (const product of (await rm.listProducts({ page: 0 })).items.filter((p) => !p.dateless)) {
    for (const s of await rm.getInventory(product.id, from, to)) {
      const tier = Object.keys(s.prices)[0];
      const available = tier ? (s.tiersAvailable[tier] ?? s.tiersAvailable['*'] ?? 0) : 0;
      if (tier && available >= 6) slots.push({ activityId: s.activityId, tier, available });
    }
  }
  if (slots.length < 20) throw new Error(`only ${slots.length} Resmark slots with room`);
  const plan: D1Plan = {
    reservie: { baseUrl: reservie.baseUrl, origin: reservie.origin },
    resmark: {
      baseUrl: resmark.baseUrl,
      origin: resmark.origin,
      username: RESMARK_USER,
      apiKey: RESMARK_KEY,
    },
    batches: [],
  };
  return {
    reservie,
    resmark,
    api,
    rm,
    sessions,
    customers,
    passId: pass.id,
    slots,
    plan,
    close: async () => {
      await reservie.stop();
      await resmark.stop();
    },
  };
}

/**
 * Appends `count` sales in batches of 5 (one in sixteen captured with a back end down): Resmark orders,
 * Reservie registrations of regulars paid at the desk, and new Reservie customers paying or buying a
 * pass (customer → pass → registration: the dependencies). Each (session, customer) pair is used
 * once, so a registration found on the server belongs to exactly one sale.
 */
export function addSales(world: D1World, count: number, random: () => number): void {
  const all = world.plan.batches.flatMap((b) => b.sales);
  let regularUses = all.filter((s) => s.backend === 'reservie' && s.email.startsWith('regular')).length;
  let n = all.length;
  const tenders = ['cash', 'card', 'comp'] as const;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  for (let made = 0; made < count;) {
    // Every 16th batch, Reservie and Resmark in turn: each costs the child about 11 s of retries.
    const index = world.plan.batches.length;
    const offline = index % 16 !== 8 ? null : Math.floor(index / 16) % 2 === 0 ? 'reservie' : 'resmark';
    const batch: D1Batch = { offline, sales: [] };
    for (let i = 0; i < 5 && made < count; i++, made++, n++) {
      const referenceId = `d1-${String(n).padStart(5, '0')}-${Math.floor(random() * 1e9).toString(36)}`;
      const r = random();
      if (r < 0.35) {
        const slot = pick(world.slots);
        batch.sales.push({
          backend: 'resmark',
          activityId: slot.activityId,
          participants: { [slot.tier]: 1 + Math.floor(random() * 2) },
          firstName: 'Kill',
          lastName: `Walkup ${n}`,
          email: `tour${n}@example.com`,
          tender: pick(tenders),
          referenceId,
        });
      } else if (r < 0.7 && regularUses < world.customers.length * world.sessions.length) {
        const c = world.customers[regularUses % world.customers.length]!;
        const session = world.sessions[Math.floor(regularUses / world.customers.length)]!;
        regularUses++;
        batch.sales.push({
          backend: 'reservie',
          sessionId: session,
          email: c.email,
          payment: { kind: 'pay', tender: pick(['cash', 'card'] as const) },
          referenceId,
        });
      } else {
        batch.sales.push({
          backend: 'reservie',
          sessionId: pick(world.sessions),
          email: `newcomer${n}@example.com`,
          firstName: 'New',
          lastName: `Comer ${n}`,
          payment:
            random() < 0.5
              ? { kind: 'buyPass', passId: world.passId, tender: pick(tenders) }
              : { kind: 'pay', tender: 'cash' },
          referenceId,
        });
      }
    }
    world.plan.batches.push(batch);
  }
}

export function writePlan(world: D1World, file: string): void {
  writeFileSync(file, JSON.stringify(world.plan));
}

/** A line-reading handle on one child run. */
export interface ChildRun {
  child: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  /** Resolves with the first line (from now or already seen) matching `pattern`, or null at exit. */
  waitFor(pattern: RegExp, fromIndex?: number): Promise<string | null>;
  onLine(listener: (line: string) => void): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** The child script: bundled once and run by plain `node` (the bench), or through tsx (the test). */
export async function bundleChild(): Promise<string> {
  const outfile = resolve('out/bench/d1-child.mjs');
  await build({
    entryPoints: ['test/bench/d1-child.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export function startChild(script: string | null, args: string[]): ChildRun {
  const argv = script ? [script, ...args] : ['--import', 'tsx', 'test/bench/d1-child.ts', ...args];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let partial = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const l of [...listeners]) l(line);
    }
  });
  child.stderr!.on('data', (c: Buffer) => {
    err = (err + c.toString()).slice(-20_000);
  });
  // 'close', not 'exit': every line the child wrote before it died has been read by then.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('close', (code, signal) => r({ code, signal })),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const l of [...listeners]) l('');
  });
  return {
    child,
    lines,
    exited,
    stderr: () => err,
    onLine: (l) => listeners.push(l),
    waitFor(pattern, fromIndex = 0) {
      const seen = lines.slice(fromIndex).find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      if (gone) return Promise.resolve(null);
      return new Promise((resolveLine) => {
        const listener = (line: string) => {
          if (pattern.test(line) || gone) {
            listeners.splice(listeners.indexOf(listener), 1);
            resolveLine(pattern.test(line) ? line : null);
          }
        };
        listeners.push(listener);
      });
    },
  };
}

/** `PRAGMA integrity_check` of the outbox file, read-only, while no child has it open. */
export function outboxIntegrity(dataDir: string): string {
  const file = join(dataDir, 'outbox.db');
  if (!existsSync(file)) return 'no outbox.db';
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; ');
  } finally {
    db.close();
  }
}

export interface D1Tally {
  /** Sales in the plan. */
  planned: number;
  /** Sales the child said were saved (after the outbox commit). */
  promised: number;
  /** Promised, and not on the back end. */
  lost: string[];
  /** On the back end more than once (promised or not), or a record no sale of the plan explains. */
  duplicated: string[];
  /** Never promised and not on the back end (allowed: the desk never said "saved"). */
  absentUnpromised: number;
}

/**
 * What the simulators hold against the plan: Resmark orders by referenceId; Reservie new customers
 * by e-mail, their passes by customer and pass, and registrations by session and customer.
 */
export async function tallyD1(world: D1World, promised: ReadonlySet<string>): Promise<D1Tally> {
  const sales = world.plan.batches.flatMap((b) => b.sales);
  const lost: string[] = [];
  const duplicated: string[] = [];
  let absentUnpromised = 0;
  const regs = new Map<string, number>();
  for (const session of world.sessions) {
    for (let page = 1; ; page++) {
      const got = await world.api.get<{ registrations: { customerId: string; status: string }[] }>(
        `/events/${session}/registrations?perPage=100&page=${page}`,
      );
      for (const r of got.registrations) {
        if (r.status === 'cancelled') continue;
        const key = `${session}/${r.customerId}`;
        regs.set(key, (regs.get(key) ?? 0) + 1);
      }
      if (got.registrations.length < 100) break;
    }
  }
  const explained = new Set<string>();
  const judge = (ref: string, times: number, what: string) => {
    if (times > 1) duplicated.push(`${ref}: ${what} ×${times}`);
    if (times === 0) {
      if (promised.has(ref)) lost.push(`${ref}: no ${what}`);
      else absentUnpromised++;
    }
  };
  for (const s of sales) {
    const ref = s.referenceId!;
    if (s.backend === 'resmark') {
      const orders = (await world.rm.listOrders({ page: 0, referenceId: ref })).items.filter(
        (o) => o.referenceId === ref,
      );
      judge(ref, orders.length, 'order');
      continue;
    }
    const customers = (
      await world.api.get<{ customers: { id: string; email: string | null }[] }>(
        `/customers?email=${encodeURIComponent(s.email)}`,
      )
    ).customers.filter((c) => c.email?.toLowerCase() === s.email.toLowerCase());
    if (customers.length > 1) duplicated.push(`${ref}: customer ${s.email} ×${customers.length}`);
    const customer = customers[0];
    if (!customer) {
      judge(ref, 0, 'customer');
      continue;
    }
    if (s.payment.kind === 'buyPass') {
      const cps = (
        await world.api.get<{ customerPasses: { id: string }[] }>(
          `/customer-passes?customerId=${customer.id}&passId=${s.payment.passId}&perPage=100`,
        )
      ).customerPasses;
      if (cps.length > 1) duplicated.push(`${ref}: pass ×${cps.length}`);
      if (cps.length === 0 && promised.has(ref)) lost.push(`${ref}: no pass`);
    }
    const key = `${s.sessionId}/${customer.id}`;
    explained.add(key);
    judge(ref, regs.get(key) ?? 0, 'registration');
  }
  for (const [key, n] of regs)
    if (!explained.has(key)) duplicated.push(`${key}: registration of no sale ×${n}`);
  return { planned: sales.length, promised: promised.size, lost, duplicated, absentUnpromised };
}
