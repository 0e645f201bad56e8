// Test support (Node): a real cache store in a temp folder and a real sync service, wired to
// real API clients pointed at the simulators. No Electron, no fakes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncProgress, SyncRequest } from '../../shared/domain/sync';
import type { BackendId } from '../../shared/domain/backend';
import { openCache } from '../../electron/core/store/cache-handle';
import {
  createSyncService,
  type BackendRunReport,
  type SyncService,
} from '../../electron/core/sync/sync-service';
import type { SyncStep } from '../../electron/core/sync/sync-types';
import { systemClock } from '../../electron/core/ports';

export const silentLogger = { info() {}, warn() {}, error() {} };

export function tempDir(prefix = 'frontdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempCache(dir = tempDir()) {
  return { dir, ...openCache(dir, 'live') };
}

/** Runs one sync of the given plans to the end and returns every progress event and failure. */
export async function runSync(
  store: ReturnType<typeof openTempCache>['store'],
  plans: Partial<Record<BackendId, SyncStep[]>>,
  request: SyncRequest = {},
  onProgress: (p: SyncProgress, sync: SyncService) => void = () => {},
) {
  const events: SyncProgress[] = [];
  const failures: string[] = [];
  /** How each back end's part of the run went, as the service reports it. */
  const reports: BackendRunReport[] = [];
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => (finish = resolve));
  const sync = createSyncService({
    store: () => store,
    clock: systemClock,
    logger: silentLogger,
    plans: () => plans,
    onProgress: (p) => {
      events.push(p);
      onProgress(p, sync);
    },
    onFinished: (_backend, error, report) => {
      reports.push(report);
      if (error) failures.push(error);
    },
    onRunEnd: () => finish(),
  });
  sync.start(request);
  await ended;
  return { events, failures, reports, sync };
}
