// Unit (plain Node): how the sync service carries on past a failing step, and when it must not.
import { describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../../shared/domain/sync';
import type { SyncResource } from '../../../shared/domain/sync-resources';
import { BackendError } from '../http/errors';
import { systemClock } from '../ports';
import { openTestCache, useTempDir } from '../store/testing/fixtures';
import { createSyncService, runError, type BackendRunReport } from './sync-service';
import { defineStep, type SyncStep } from './sync-types';

const dir = useTempDir();
const quiet = { info() {}, warn() {}, error() {} };

/** Runs the steps as the Reservie plan; returns which ran, the reported error and the progress events. */
async function run(steps: SyncStep[]) {
  const store = openTestCache(dir()).store;
  const events: SyncProgress[] = [];
  const errors: (string | null)[] = [];
  const reports: BackendRunReport[] = [];
  let ended!: () => void;
  const runEnded = new Promise<void>((resolve) => (ended = resolve));
  const sync = createSyncService({
    store: () => store,
    clock: systemClock,
    logger: quiet,
    plans: () => ({ reservie: steps }),
    onProgress: (p) => events.push(p),
    onFinished: (_backend, error, report) => (errors.push(error), reports.push(report)),
    onRunEnd: () => ended(),
  });
  sync.start({});
  await runEnded;
  return { errors, events, report: reports[0]! };
}

/** A step that records its name in `ran` and then does what `then` says. */
function step(
  ran: string[],
  resource: SyncResource,
  then: () => void = () => {},
  needs: SyncResource[] = [],
) {
  return defineStep(
    resource,
    async (ctx) => {
      ran.push(resource);
      ctx.progress(resource, 1, 1);
      then();
    },
    needs,
  );
}

const fail = (code: ConstructorParameters<typeof BackendError>[0], message: string) => () => {
  throw new BackendError(code, message);
};

describe('sync service', () => {
  it('records a data error, runs the remaining steps, and ends failed naming the resource', async () => {
    const ran: string[] = [];
    const { errors, events, report } = await run([
      step(ran, 'passes'),
      step(ran, 'customers', fail('SERVER_ERROR', 'Reservie had a problem answering (HTTP 500).')),
      step(ran, 'customerPasses'),
    ]);
    expect(ran).toEqual(['passes', 'customers', 'customerPasses']);
    expect(errors).toEqual(['Customers did not sync: Reservie had a problem answering (HTTP 500).']);
    expect(report.failed).toEqual([
      { resource: 'customers', message: 'Reservie had a problem answering (HTTP 500).' },
    ]);
    expect(events.filter((e) => e.phase !== 'running').map((e) => [e.resource, e.phase])).toEqual([
      ['passes', 'done'],
      ['customers', 'failed'],
      ['customerPasses', 'done'],
    ]);
  });

  it.each(['OFFLINE', 'UNAUTHORIZED', 'FORBIDDEN', 'RATE_LIMITED', 'DATABASE'] as const)(
    '%s stops the run at once',
    async (code) => {
      const ran: string[] = [];
      const { errors, report } = await run([
        step(ran, 'passes'),
        step(ran, 'customers', fail(code, 'Refused.')),
        step(ran, 'customerPasses'),
      ]);
      expect(ran).toEqual(['passes', 'customers']);
      expect(errors).toEqual(['Refused.']);
      expect(report.stoppedBy).toBe('Refused.');
    },
  );

  it('a cancelled step ends the run without an error', async () => {
    const ran: string[] = [];
    const { errors, events } = await run([
      step(ran, 'passes', fail('CANCELLED', 'Cancelled.')),
      step(ran, 'customers'),
    ]);
    expect(ran).toEqual(['passes']);
    expect(errors).toEqual([null]);
    expect(events.at(-1)?.phase).toBe('cancelled');
  });

  it('skips a step whose input failed, and says why', async () => {
    const ran: string[] = [];
    const { errors, events } = await run([
      step(ran, 'events', fail('NOT_FOUND', 'No such list.')),
      step(ran, 'customers'),
      step(ran, 'registrations', () => {}, ['events']),
    ]);
    expect(ran).toEqual(['events', 'customers']);
    expect(errors[0]).toBe(
      'Sessions and Registrations did not sync. Sessions: No such list. ' +
        'Registrations: Not read, because Sessions did not sync.',
    );
    expect(events.find((e) => e.resource === 'registrations')?.phase).toBe('failed');
  });

  it('a bug in one step (not an AppError) spoils only that step', async () => {
    const ran: string[] = [];
    const { errors } = await run([
      step(ran, 'passes', () => {
        throw new TypeError('x is undefined');
      }),
      step(ran, 'events'),
    ]);
    expect(ran).toEqual(['passes', 'events']);
    expect(errors[0]).toMatch(/^Pass types did not sync: Something went wrong inside Frontdesk/);
  });

  it('warnings are reported without failing the run', async () => {
    const warn = defineStep('availability', async () => ({
      warnings: [
        { resource: 'availability' as const, message: 'Availability was not refreshed for 1 tour.' },
      ],
    }));
    const { errors, report } = await run([warn]);
    expect(errors).toEqual([null]);
    expect(report.warnings).toHaveLength(1);
  });
});

describe('runError', () => {
  it('puts what stopped the run first, then the resources that failed before it', () => {
    expect(
      runError({
        backend: 'reservie',
        stoppedBy: 'Reservie could not be reached.',
        failed: [{ resource: 'passes', message: 'Bad reply.' }],
        warnings: [],
      }),
    ).toBe('Reservie could not be reached. Pass types did not sync: Bad reply.');
  });
});
