// Core tests (plain Node): checking credentials at setup answers within an interactive call's
// deadline (20 s) whatever the back end does — no headers at all, or a body trickled for ever.
// Time is a fake scheduler; the hostile back end is a real server on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeScheduler, type FakeScheduler } from '../http/testing/fake-scheduler';
import { startHostileServer, type HostileServer } from '../http/testing/hostile-server';
import { DEFAULT_DEADLINE_MS } from '../http/http-client';
import type { BackendError } from '../http/errors';
import { createReservieClient } from './reservie/reservie-client';
import { createResmarkClient } from './resmark/resmark-client';

let server: HostileServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Moves fake time in small steps (letting real sockets make progress) up to `untilMs`; reports whether `p` settled. */
async function settlesBy(sched: FakeScheduler, p: Promise<unknown>, untilMs: number): Promise<boolean> {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled && sched.now() < untilMs) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    sched.advance(250);
  }
  for (let i = 0; i < 100 && !settled; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return settled;
}

const clients = {
  reservie: (baseUrl: string, scheduler: FakeScheduler) =>
    createReservieClient({ baseUrl, scheduler, apiKey: 'key', apiSecret: 'secret' }),
  resmark: (baseUrl: string, scheduler: FakeScheduler) =>
    createResmarkClient({ baseUrl, scheduler, username: 'desk@example.com', apiKey: 'key' }),
};

describe('sign-in at setup keeps to the interactive deadline', () => {
  for (const how of ['no-headers', 'trickle'] as const) {
    for (const [backend, make] of Object.entries(clients)) {
      it(`${backend}: a back end that ${how === 'no-headers' ? 'never sends headers' : 'trickles its body'} gets an OFFLINE answer by 20 s`, async () => {
        server = await startHostileServer(how);
        const sched = createFakeScheduler();
        const verify = make(server.origin, sched).authenticate();
        const outcome = verify.then(
          () => expect.fail('expected the sign-in to fail'),
          (e: unknown) => e as BackendError,
        );
        expect(await settlesBy(sched, outcome, DEFAULT_DEADLINE_MS.interactive)).toBe(true);
        const error = await outcome;
        expect(error.code).toBe('OFFLINE');
        expect(error.message).toMatch(
          /did not complete the request within 20 s\. Check the internet connection/,
        );
        // One attempt, stopped at the deadline: not six attempts of 15 s each.
        expect(server!.received).toHaveLength(1);
      });
    }
  }
});
