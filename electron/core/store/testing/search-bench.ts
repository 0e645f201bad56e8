// Core bench support (plain Node): search latency and memory at a given cache size (target P3, P9).
// Run by hand, not in a timed test: `npx tsx electron/core/store/testing/search-bench.ts [n] [queries]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createCacheStore } from '../cache-store';
import { openCacheDb, type CacheDb } from '../open-database';
import { seedSyntheticCustomers } from './synthetic-customers';

export interface SearchBenchResult {
  customers: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanHits: number;
  seedSeconds: number;
  rssMb: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

interface Sample {
  first_name: string;
  last_name: string;
  email: string | null;
  phone_digits: string | null;
}

/** 2–4 character prefixes of first names, last names, e-mails, and 3–6 digit prefixes of phones. */
function sampleQueries(db: CacheDb, count: number): string[] {
  const rows = db
    .prepare<[number], Sample>(
      'SELECT first_name, last_name, email, phone_digits FROM customers ORDER BY random() LIMIT ?',
    )
    .all(count);
  return rows.map((r, i) => {
    const len = 2 + (i % 3);
    switch (i % 4) {
      case 0:
        return r.first_name.slice(0, len);
      case 1:
        return r.last_name.slice(0, len);
      case 2:
        return (r.email ?? r.last_name).slice(0, len);
      default:
        return (r.phone_digits ?? r.first_name).slice(0, len + 1);
    }
  });
}

export function runSearchBench(n = 100_000, queryCount = 1_000): SearchBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-'));
  try {
    const db = openCacheDb(join(dir, 'cache.db'));
    const store = createCacheStore(db);
    const t0 = performance.now();
    seedSyntheticCustomers(store, n, 42);
    const seedSeconds = (performance.now() - t0) / 1000;
    const queries = sampleQueries(db, queryCount);
    for (const q of queries.slice(0, 50)) store.searchCustomers(q); // warm the page cache
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const start = performance.now();
      hits += store.searchCustomers(q).length;
      times.push(performance.now() - start);
    }
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    store.close();
    times.sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 1000) / 1000;
    return {
      customers: n,
      queries: queries.length,
      p50Ms: round(percentile(times, 0.5)),
      p95Ms: round(percentile(times, 0.95)),
      p99Ms: round(percentile(times, 0.99)),
      maxMs: round(times[times.length - 1]!),
      meanHits: round(hits / queries.length),
      seedSeconds: round(seedSeconds),
      rssMb: Math.round(rssMb),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [n, q] = process.argv.slice(2).map(Number);
  console.log(runSearchBench(n || undefined, q || undefined));
}
