// CLI host (plain Node): `doctor` — runs the core's health checks and prints a plain verdict each.
import { call, type CliContext } from './cli-context';

const MARK = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL' } as const;

export async function doctorCommand(ctx: CliContext): Promise<number> {
  const report = await call(ctx.core, 'app:doctor');
  for (const check of report.checks) {
    ctx.out.write(`${MARK[check.verdict]}  ${check.label.padEnd(44)} ${check.detail}\n`);
  }
  const failed = report.checks.filter((c) => c.verdict === 'fail').length;
  const warned = report.checks.filter((c) => c.verdict === 'warn').length;
  ctx.out.write(
    `\n${failed === 0 && warned === 0 ? 'All checks passed.' : `${failed} failed, ${warned} warnings.`}\n`,
  );
  return failed > 0 ? 1 : 0;
}
