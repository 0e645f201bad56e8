// CLI host (plain Node): `status [--json]` — what is cached, when each resource last synced, what
// is waiting in the outbox, and when each back end's token expires.
import { oldestRecordAgeMs } from '../core/sync/rolling-pace';
import { call, flag, type CliContext } from './cli-context';

export async function statusCommand(ctx: CliContext): Promise<number> {
  const [app, counts, sync] = await Promise.all([
    call(ctx.core, 'app:status'),
    call(ctx.core, 'cache:counts'),
    call(ctx.core, 'sync:state'),
  ]);
  const report = {
    mode: app.mode,
    dataDir: ctx.dataDir,
    counts,
    outbox: app.outboxSize,
    backends: app.backends
      .filter((b) => b.mode !== 'off')
      .map(({ backend, mode, baseUrl, account, connection, tokenExpiresAt, lastSyncAt, lastError }) => ({
        backend,
        mode,
        baseUrl,
        account,
        connection,
        tokenExpiresAt,
        lastSyncAt,
        lastError,
      })),
    // F1: how old the oldest cached record of each resource may be (null: never read whole).
    sync: sync.resources.map((r) => ({
      ...r,
      oldestRecordAgeMs: oldestRecordAgeMs(new Date(), r.readWholeSince),
    })),
    secretProtection: app.secretProtection,
  };
  if (flag(ctx.args, '--json')) {
    ctx.out.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  ctx.out.write(`Mode: ${report.mode}   Data folder: ${report.dataDir}\n`);
  for (const b of report.backends) {
    ctx.out.write(
      `${b.backend} (${b.mode}) ${b.baseUrl} as ${b.account}: ${b.connection}; token until ${b.tokenExpiresAt ?? '—'}; last sync ${b.lastSyncAt ?? 'never'}${b.lastError ? `; last error: ${b.lastError}` : ''}\n`,
    );
  }
  ctx.out.write('\nCached:\n');
  for (const [table, n] of Object.entries(report.counts)) ctx.out.write(`  ${table.padEnd(16)} ${n}\n`);
  ctx.out.write('\nLast sync per resource:\n');
  for (const r of report.sync) {
    ctx.out.write(
      `  ${`${r.backend}/${r.resource}`.padEnd(26)} ${r.lastSuccessAt ?? 'never'} (last full: ${r.lastFullSyncAt ?? 'never'}; oldest record: ${ageLabel(r.oldestRecordAgeMs)})\n`,
    );
  }
  ctx.out.write(`\nOutbox: ${report.outbox} waiting to send\n`);
  if (report.secretProtection !== 'os-keychain') {
    ctx.out.write(
      `Secrets: protected by a key file in the data folder (${report.secretProtection}), weaker than the OS keychain.\n`,
    );
  }
  return 0;
}

function ageLabel(ms: number | null): string {
  if (ms === null) return 'never read whole';
  const minutes = Math.floor(ms / 60_000);
  return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h`;
}
