// Simulator (plain Node): the shared /_sim control endpoints (clock, faults, stats, info). They
// sit outside the API base paths, need no auth and never meet faults, so tests can always
// steer the simulator, including bringing a "down" server back up.
import { z } from 'zod';
import { FaultsPatch, type FaultState } from './faults';
import { json, type Route } from './router';
import { invalid } from './sim-error';
import type { Stats } from './stats';
import { parseBody } from './validate';
import type { VirtualClock } from './virtual-clock';

export interface ControlContext {
  clock: VirtualClock;
  faults: FaultState;
  stats: Stats;
  info: () => Record<string, unknown>;
}

const ClockMove = z
  .object({
    advanceSeconds: z.number().finite(),
    now: z.iso.datetime({ offset: true }),
    frozen: z.boolean(),
  })
  .partial()
  .strict();

export function controlRoutes(ctx: ControlContext): Route[] {
  const clockReply = () =>
    json(200, { now: new Date(ctx.clock.now()).toISOString(), frozen: ctx.clock.frozen });
  return [
    { method: 'GET', pattern: '/clock', handler: clockReply },
    {
      method: 'POST',
      pattern: '/clock',
      handler: (req) => {
        const move = parseBody(ClockMove, req.body);
        if (move.now === undefined && move.advanceSeconds === undefined && move.frozen === undefined) {
          throw invalid('advanceSeconds', 'give advanceSeconds, now or frozen');
        }
        // Freeze before moving and thaw after: setting a running clock and then freezing it read
        // the real clock twice, so a millisecond that ticked in between was kept as well.
        if (move.frozen === true) ctx.clock.freeze(true);
        if (move.now !== undefined) ctx.clock.set(Date.parse(move.now));
        if (move.advanceSeconds !== undefined) ctx.clock.advance(move.advanceSeconds);
        if (move.frozen === false) ctx.clock.freeze(false);
        return clockReply();
      },
    },
    { method: 'GET', pattern: '/faults', handler: () => json(200, ctx.faults.get()) },
    {
      method: 'POST',
      pattern: '/faults',
      handler: (req) => json(200, ctx.faults.merge(parseBody(FaultsPatch, req.body))),
    },
    { method: 'DELETE', pattern: '/faults', handler: () => json(200, ctx.faults.clear()) },
    { method: 'GET', pattern: '/stats', handler: () => json(200, ctx.stats.snapshot()) },
    {
      method: 'POST',
      pattern: '/stats/reset',
      handler: () => {
        ctx.stats.reset();
        return json(200, ctx.stats.snapshot());
      },
    },
    { method: 'GET', pattern: '/info', handler: () => json(200, ctx.info()) },
  ];
}
