// Core (plain Node): the doctor's checks that need no back end: disk space, database integrity,
// and the clock skew against a server's Date header.
import { statfsSync } from 'node:fs';
import type { DoctorCheck } from '../../../shared/domain/doctor';

const MB = 1024 * 1024;

export function diskCheck(dataDir: string): DoctorCheck {
  const label = 'Disk space for the data folder';
  try {
    const stats = statfsSync(dataDir);
    const free = stats.bavail * stats.bsize;
    const text = `${Math.round(free / MB).toLocaleString('en-GB')} MB free in ${dataDir}.`;
    if (free < 100 * MB)
      return {
        id: 'disk',
        label,
        verdict: 'fail',
        detail: `${text} Free some space: sales cannot be saved offline on a full disk.`,
      };
    if (free < 500 * MB) return { id: 'disk', label, verdict: 'warn', detail: `${text} Getting low.` };
    return { id: 'disk', label, verdict: 'ok', detail: text };
  } catch (error) {
    return {
      id: 'disk',
      label,
      verdict: 'fail',
      detail: `Cannot read ${dataDir}: ${(error as Error).message}`,
    };
  }
}

/** `quickCheck` runs PRAGMA quick_check and returns its rows ("ok" when healthy). */
export function databaseCheck(id: string, label: string, quickCheck: () => string[]): DoctorCheck {
  try {
    const rows = quickCheck();
    if (rows.length === 1 && rows[0] === 'ok')
      return { id, label, verdict: 'ok', detail: 'Integrity check passed.' };
    return {
      id,
      label,
      verdict: 'fail',
      detail: `Integrity check found problems: ${rows.slice(0, 3).join('; ')}`,
    };
  } catch (error) {
    return { id, label, verdict: 'fail', detail: `Cannot check the database: ${(error as Error).message}` };
  }
}

/** Tokens and "modified since" windows rely on both clocks agreeing; a few minutes off breaks them. */
export function clockSkewCheck(
  id: string,
  label: string,
  serverDate: string | null,
  localNow: Date,
): DoctorCheck {
  const server = serverDate ? Date.parse(serverDate) : NaN;
  if (Number.isNaN(server))
    return { id, label, verdict: 'warn', detail: 'The server did not send its time; skew unknown.' };
  const skewS = Math.round((localNow.getTime() - server) / 1000);
  const text = `This computer's clock is ${Math.abs(skewS)} s ${skewS >= 0 ? 'ahead of' : 'behind'} the server.`;
  if (Math.abs(skewS) > 300)
    return { id, label, verdict: 'fail', detail: `${text} Set the clock automatically (NTP).` };
  if (Math.abs(skewS) > 60) return { id, label, verdict: 'warn', detail: text };
  return { id, label, verdict: 'ok', detail: text };
}
