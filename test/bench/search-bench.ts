// Benchmarks (Node): P3 customer search over 100k cached customers (FTS5 prefix, ≥ 2 characters).
import { runSearchBench } from '../../electron/core/store/testing/search-bench';
import type { Figure } from './bench-types';

export async function searchFigure(): Promise<Figure> {
  const r = runSearchBench(100_000, 1_000);
  return {
    value: r.p95Ms,
    unit: 'ms p95',
    target: 'p95 ≤ 5, max ≤ 16',
    pass: r.p95Ms <= 5 && r.maxMs <= 16,
    detail: { p50Ms: r.p50Ms, p99Ms: r.p99Ms, maxMs: r.maxMs, queries: r.queries, customers: r.customers },
  };
}
