// Core (plain Node): the doctor's check that the data folder and its files are the user's alone,
// naming anything Frontdesk had to make private at this start (an older version left it open).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DoctorCheck } from '../../../shared/domain/doctor';
import { tightenedSoFar, type Tightened } from '../privacy/private-files';

const LABEL = 'Privacy of the data folder';
const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

/** Paths in the folder (one level, plus logs/) that another user of this computer could read. */
function stillOpen(dataDir: string): string[] {
  const open: string[] = [];
  const visit = (dir: string, depth: number) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if ((stat.mode & 0o077) !== 0) open.push(`${path} (${octal(stat.mode)})`);
      if (stat.isDirectory() && depth === 0) visit(path, 1);
    }
  };
  if ((statSync(dataDir).mode & 0o077) !== 0) open.push(`${dataDir} (${octal(statSync(dataDir).mode)})`);
  visit(dataDir, 0);
  return open;
}

export function privacyCheck(
  dataDir: string,
  tightened: readonly Tightened[] = tightenedSoFar(),
): DoctorCheck {
  const id = 'data-folder.privacy';
  if (process.platform === 'win32')
    return { id, label: LABEL, verdict: 'ok', detail: 'The data folder is in your user profile.' };
  try {
    const open = stillOpen(dataDir);
    if (open.length > 0)
      return {
        id,
        label: LABEL,
        verdict: 'fail',
        detail: `Other users of this computer can read ${open.slice(0, 3).join(', ')}. Run chmod go= on them.`,
      };
    const mine = tightened.filter((t) => t.path === dataDir || t.path.startsWith(join(dataDir, '/')));
    if (mine.length > 0)
      return {
        id,
        label: LABEL,
        verdict: 'warn',
        detail:
          `Other users of this computer could read ${mine
            .slice(0, 3)
            .map((t) => `${t.path} (${octal(t.from)})`)
            .join(', ')}${mine.length > 3 ? ` and ${mine.length - 3} more` : ''}. ` +
          'Frontdesk has made them private (owner only).',
      };
    return { id, label: LABEL, verdict: 'ok', detail: 'Only you can read the data folder and its files.' };
  } catch (error) {
    return {
      id,
      label: LABEL,
      verdict: 'fail',
      detail: `Cannot check ${dataDir}: ${(error as Error).message}`,
    };
  }
}
