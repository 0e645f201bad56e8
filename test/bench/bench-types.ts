// Benchmarks (Node): one measured figure against its target from shared/docs/targets.md.
export interface Figure {
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 5" or "≥ 0.9". */
  target: string;
  pass: boolean;
  /** Extra measured numbers worth printing (never used for pass/fail). */
  detail?: Record<string, number | string>;
}

export type Bench = () => Promise<Figure>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
