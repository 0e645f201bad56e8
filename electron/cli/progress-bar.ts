// CLI host (plain Node): a one-line progress bar on a terminal; plain lines when piped to a file.
import type { SyncProgress } from '../../shared/domain/sync';

const WIDTH = 28;

/** A bar with its share and counts, "██░░ 50%  1/2", for anything counted to a known total. */
export function renderBar(done: number, total: number): string {
  const share = total > 0 ? Math.min(done / total, 1) : 1;
  const filled = Math.round(share * WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
  return `${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')}`;
}

export function renderProgress(p: SyncProgress): string {
  const label = `${p.backend} ${p.resource}`.padEnd(24);
  const rate = p.ratePerMinute > 0 ? `  ${p.ratePerMinute.toLocaleString('en-GB')}/min` : '';
  if (p.total === null || p.total === 0) return `${label} ${p.done.toLocaleString('en-GB')} records${rate}`;
  const share = Math.min(p.done / p.total, 1);
  const filled = Math.round(share * WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
  const counts = `${p.done.toLocaleString('en-GB')}/${p.total.toLocaleString('en-GB')}`;
  return `${label} ${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${counts}${rate}`;
}

export function createProgressPrinter(out: { write(s: string): boolean; isTTY?: boolean }) {
  const tty = !!out.isTTY;
  let lastResource = '';
  return (p: SyncProgress) => {
    const line = renderProgress(p);
    const key = `${p.backend}/${p.resource}`;
    if (tty) {
      if (key !== lastResource && lastResource) out.write('\n');
      out.write(`\r\x1b[2K${line}${p.phase === 'failed' ? `  FAILED: ${p.error}` : ''}`);
    } else if (p.phase !== 'running') {
      // Piped to a file: one line per finished resource, not a redraw per page.
      out.write(`${line}  ${p.phase}${p.error ? `: ${p.error}` : ''}\n`);
    }
    lastResource = key;
  };
}
