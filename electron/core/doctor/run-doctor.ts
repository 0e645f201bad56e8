// Core (plain Node): `frontdesk doctor` — every check with a plain verdict, for the IT person.
import type { DoctorCheck, DoctorReport } from '../../../shared/domain/doctor';
import type { Clock } from '../ports';
import type { Link } from '../connections/links';
import { toAppError } from '../ipc/to-app-error';
import { errorFromNetwork } from '../http/errors';
import { clockSkewCheck, databaseCheck, diskCheck } from './system-checks';
import { privacyCheck } from './privacy-check';

export interface DoctorDeps {
  dataDir: string;
  clock: Clock;
  links: () => Link[];
  quickChecks: { id: string; label: string; run: () => string[] }[];
}

export async function runDoctor(d: DoctorDeps): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  for (const link of d.links()) checks.push(...(await backendChecks(link, d.clock)));
  checks.push(diskCheck(d.dataDir));
  checks.push(privacyCheck(d.dataDir));
  for (const q of d.quickChecks) checks.push(databaseCheck(q.id, q.label, q.run));
  return { checks };
}

async function backendChecks(link: Link, clock: Clock): Promise<DoctorCheck[]> {
  const { backend, baseUrl } = link.status();
  const name = `${backend}${link.mode === 'demo' ? ' (demo simulator)' : ''}`;
  const reach = await reachServer(baseUrl ?? '');
  const connectivity: DoctorCheck = reach.ok
    ? {
        id: `${backend}.connectivity`,
        label: `${name}: connectivity`,
        verdict: 'ok',
        detail: `${baseUrl} answered.`,
      }
    : {
        id: `${backend}.connectivity`,
        label: `${name}: connectivity`,
        verdict: 'fail',
        detail: `Cannot reach ${baseUrl}: ${reach.reason}`,
      };
  const skew = clockSkewCheck(`${backend}.clock`, `${name}: clock skew`, reach.date, clock.now());
  return [connectivity, await credentialCheck(link, name), ...(reach.ok ? [skew] : [])];
}

async function credentialCheck(link: Link, name: string): Promise<DoctorCheck> {
  const id = `${link.backend}.credentials`;
  const label = `${name}: credentials`;
  try {
    const { expiresAt } = await link.client.api.authenticate();
    return { id, label, verdict: 'ok', detail: `Accepted; token valid until ${expiresAt.toISOString()}.` };
  } catch (error) {
    const e = toAppError(error);
    return { id, label, verdict: e.code === 'OFFLINE' ? 'warn' : 'fail', detail: e.message };
  }
}

const REACH_TIMEOUT_MS = 5000;

/**
 * One plain request outside the API (no token, no budget): is anything answering, and what time is
 * it there? The reason is in plain words: undici's codes (UND_ERR_SOCKET) mean nothing to staff.
 */
export async function reachServer(
  url: string,
): Promise<{ ok: true; date: string | null } | { ok: false; reason: string; date: null }> {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
    await res.body?.cancel();
    return { ok: true, date: res.headers.get('date') };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const plain = errorFromNetwork('The server', error, timedOut ? REACH_TIMEOUT_MS : undefined);
    return { ok: false, reason: plain.message, date: null };
  }
}
