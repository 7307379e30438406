import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One line of the results table. */
export interface Measurement {
  name: string;
  /** The number compared with the budget, in `unit`. */
  value: number;
  unit: 'ms' | 'µs' | 'ops/s' | 'MB';
  /** Extra figures shown beside the value (p95, runs, sizes…). */
  detail?: string;
  /** Budget from ARCHITECTURE.md, same unit; lower is better for ms/µs, higher for ops/s. */
  budget?: number;
  budgetNote?: string;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Runs `fn` `n` times and returns each run's duration in ms. */
export function timeEach(n: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

export async function timeEachAsync(
  n: number,
  fn: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

export function tempDir(prefix = 'baton-bench-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const BENCH_DIR = __dirname;
export const CACHE_DIR = path.join(BENCH_DIR, '.cache');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');

export function fmt(value: number, unit: Measurement['unit']): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = unit === 'ops/s' || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const n = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${n} ${unit}`;
}

export function verdict(m: Measurement): string {
  if (m.budget === undefined) return '';
  const ok = m.unit === 'ops/s' ? m.value >= m.budget : m.value <= m.budget;
  return ok ? 'ok' : 'OVER BUDGET';
}

/** A plain-text table; columns padded to their widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}
