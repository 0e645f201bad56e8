// CLI host (plain Node): `sync [--full]` — runs one sync with a progress bar; exit 0 when done.
import { call, CliError, flag, type CliContext } from './cli-context';
import { createProgressPrinter } from './progress-bar';

export async function syncCommand(ctx: CliContext): Promise<number> {
  const print = createProgressPrinter(ctx.out);
  const failures: string[] = [];
  const finished = new Promise<void>((resolve) => {
    const off = ctx.core.onEvent((event, payload) => {
      if (event === 'sync:progress') {
        const p = payload as Parameters<typeof print>[0];
        print(p);
        if (p.phase === 'failed') failures.push(`${p.backend} ${p.resource}: ${p.error}`);
      }
      if (event === 'app:statusChanged') void poll();
    });
    // The run ends when sync:state says it is no longer running (checked on every status change).
    const poll = async () => {
      if (!(await call(ctx.core, 'sync:state')).running) {
        off();
        resolve();
      }
    };
  });
  const stop = () => void call(ctx.core, 'sync:cancel');
  process.once('SIGINT', stop);
  await call(ctx.core, 'sync:start', { full: flag(ctx.args, '--full') });
  await finished;
  process.off('SIGINT', stop);
  if (ctx.out.isTTY) ctx.out.write('\n');
  if (failures.length > 0) throw new CliError(`Sync failed:\n  ${failures.join('\n  ')}`, 1);
  const counts = await call(ctx.core, 'cache:counts');
  ctx.out.write(
    `Sync complete. Cached: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.\n`,
  );
  return 0;
}
