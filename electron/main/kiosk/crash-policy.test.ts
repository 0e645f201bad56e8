// Electron main (plain Node): the kiosk's crash and hang recovery policy on a fake clock (K2, K3).
import { describe, expect, it } from 'vitest';
import {
  decideRecovery,
  INITIAL_RECOVERY_STATE,
  type RecoveryAction,
  type RecoveryState,
  type RendererEvent,
} from './crash-policy';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const crashed: RendererEvent = { kind: 'render-process-gone', reason: 'crashed' };

/** Feeds events at the given times (ms since the fake epoch) and records each action. */
function run(steps: [at: number, event: RendererEvent][], start: RecoveryState = INITIAL_RECOVERY_STATE) {
  let state = start;
  const actions: RecoveryAction['type'][] = [];
  for (const [at, event] of steps) {
    const decision = decideRecovery(state, event, at);
    state = decision.state;
    actions.push(decision.action.type);
  }
  return { state, actions };
}

describe('decideRecovery: renderer crashes', () => {
  it('reloads three times within five minutes, then shows the out-of-order page', () => {
    const { actions, state } = run([
      [0, crashed],
      [1 * MINUTE, crashed],
      [2 * MINUTE, crashed],
      [3 * MINUTE, crashed],
    ]);
    expect(actions).toEqual(['reload', 'reload', 'reload', 'out-of-order']);
    expect(state.outOfOrder).toBe(true);
  });

  it('counts over a sliding window: crashes spread wider than five minutes keep reloading', () => {
    const { actions } = run([
      [0, crashed],
      [2 * MINUTE, crashed],
      [4 * MINUTE, crashed],
      [5 * MINUTE, crashed], // the one at 0 has just left the window
      [6 * MINUTE + 59 * SECOND, crashed], // 2, 4 and 5 minutes are still in it
    ]);
    expect(actions).toEqual(['reload', 'reload', 'reload', 'reload', 'out-of-order']);
  });

  it('treats every abnormal reason as a crash, and clean-exit as none', () => {
    for (const reason of ['abnormal-exit', 'killed', 'oom', 'launch-failed', 'integrity-failure'] as const) {
      expect(
        decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'render-process-gone', reason }, 0).action,
      ).toEqual({
        type: 'reload',
      });
    }
    const cleanExit = decideRecovery(
      INITIAL_RECOVERY_STATE,
      { kind: 'render-process-gone', reason: 'clean-exit' },
      0,
    );
    expect(cleanExit).toEqual({ state: INITIAL_RECOVERY_STATE, action: { type: 'none' } });
  });

  it('stays out of order, re-showing the page if even that renderer goes', () => {
    const { state } = run([0, 1, 2, 3].map((m) => [m * MINUTE, crashed]));
    const later = decideRecovery(state, crashed, 60 * MINUTE);
    expect(later.action).toEqual({ type: 'out-of-order', killHungRenderer: false });
    expect(decideRecovery(state, { kind: 'unresponsive' }, 60 * MINUTE).action).toEqual({ type: 'none' });
  });
});

describe('decideRecovery: a hung renderer', () => {
  it('waits the grace period, then forces a reload and ignores the crash it caused', () => {
    const { actions, state } = run([
      [0, { kind: 'unresponsive' }],
      [10 * SECOND, { kind: 'grace-elapsed' }],
      [10 * SECOND, { kind: 'render-process-gone', reason: 'killed' }],
    ]);
    expect(actions).toEqual(['wait', 'force-reload', 'none']);
    expect(state.recoveries).toEqual([10 * SECOND]);
    expect(decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'unresponsive' }, 0).action).toEqual({
      type: 'wait',
      ms: 10 * SECOND,
    });
  });

  it('does nothing when the renderer answers again within the grace period', () => {
    const { actions } = run([
      [0, { kind: 'unresponsive' }],
      [4 * SECOND, { kind: 'responsive' }],
      [10 * SECOND, { kind: 'grace-elapsed' }],
    ]);
    expect(actions).toEqual(['wait', 'none', 'none']);
  });

  it('gives a new hang its own full grace period when an old timer fires', () => {
    const steps: [number, RendererEvent][] = [
      [0, { kind: 'unresponsive' }],
      [4 * SECOND, { kind: 'responsive' }],
      [6 * SECOND, { kind: 'unresponsive' }],
      [10 * SECOND, { kind: 'grace-elapsed' }],
    ];
    let state = INITIAL_RECOVERY_STATE;
    let last: RecoveryAction = { type: 'none' };
    for (const [at, event] of steps) ({ state, action: last } = decideRecovery(state, event, at));
    expect(last).toEqual({ type: 'wait', ms: 6 * SECOND });
    expect(decideRecovery(state, { kind: 'grace-elapsed' }, 16 * SECOND).action).toEqual({
      type: 'force-reload',
    });
  });

  it('shares the reload budget with crashes, and kills a hung renderer before showing out of order', () => {
    const { actions, state } = run([
      [0, crashed],
      [1 * MINUTE, crashed],
      [2 * MINUTE, crashed],
      [3 * MINUTE, { kind: 'unresponsive' }],
      [3 * MINUTE + 10 * SECOND, { kind: 'grace-elapsed' }],
    ]);
    expect(actions).toEqual(['reload', 'reload', 'reload', 'wait', 'out-of-order']);
    expect(
      decideRecovery(state, { kind: 'render-process-gone', reason: 'killed' }, 4 * MINUTE).action,
    ).toEqual({
      type: 'none',
    });
  });

  it('does not restart the grace period on a repeated unresponsive event', () => {
    const { actions, state } = run([
      [0, { kind: 'unresponsive' }],
      [5 * SECOND, { kind: 'unresponsive' }],
    ]);
    expect(actions).toEqual(['wait', 'none']);
    expect(state.unresponsiveSince).toBe(0);
  });

  it('keeps its state JSON-serialisable', () => {
    const { state } = run([
      [0, crashed],
      [1, { kind: 'unresponsive' }],
    ]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
