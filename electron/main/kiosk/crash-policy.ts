// Electron main (pure, no electron import): what to do when the kiosk's renderer crashes or hangs.
// The host feeds it webContents' `render-process-gone`, `unresponsive` and `responsive` events plus
// its own "grace period is over" timer, with the time; it returns the new state and one action.
// Pure so that "3 reloads in any 5 minutes, then out of order" is tested on a fake clock (K2, K3).

/** Electron's `RenderProcessGoneDetails.reason` values. */
export type RenderProcessGoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

export type RendererEvent =
  | { kind: 'render-process-gone'; reason: RenderProcessGoneReason }
  | { kind: 'unresponsive' }
  | { kind: 'responsive' }
  /** The host's timer, set when an action said `wait`, has fired. */
  | { kind: 'grace-elapsed' };

export type RecoveryAction =
  | { type: 'none' }
  /** `webContents.reload()`: the renderer is gone, a reload starts a fresh one. */
  | { type: 'reload' }
  /** The renderer hangs: `forcefullyCrashRenderer()` then `reload()`, which runs in a new process. */
  | { type: 'force-reload' }
  /** Call back with `grace-elapsed` after `ms` unless the renderer answered in the meantime. */
  | { type: 'wait'; ms: number }
  /** Give up: load the calm "out of order, please see the desk" page (killing a hung renderer first). */
  | { type: 'out-of-order'; killHungRenderer: boolean };

/** Plain and serialisable: the host keeps it in memory (a restart of the app is a fresh start). */
export interface RecoveryState {
  /** When each recovery (reload or forced reload) happened, epoch ms, oldest first. */
  recoveries: number[];
  /** Since when the renderer has not answered, epoch ms; null while it answers. */
  unresponsiveSince: number | null;
  /** We crashed the renderer ourselves: its `render-process-gone` is expected, not a new crash. */
  expectingGone: boolean;
  outOfOrder: boolean;
}

export interface CrashPolicy {
  maxRecoveries: number;
  windowMs: number;
  unresponsiveGraceMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicy = {
  maxRecoveries: 3,
  windowMs: 5 * 60_000,
  // Long enough for a slow, loaded machine to finish a heavy render; short enough for a guest.
  unresponsiveGraceMs: 10_000,
};

export const INITIAL_RECOVERY_STATE: RecoveryState = {
  recoveries: [],
  unresponsiveSince: null,
  expectingGone: false,
  outOfOrder: false,
};

export interface RecoveryDecision {
  state: RecoveryState;
  action: RecoveryAction;
}

const NONE: RecoveryAction = { type: 'none' };

export function decideRecovery(
  state: RecoveryState,
  event: RendererEvent,
  now: number,
  policy: CrashPolicy = DEFAULT_CRASH_POLICY,
): RecoveryDecision {
  switch (event.kind) {
    case 'render-process-gone':
      return onGone(state, event.reason, now, policy);
    case 'unresponsive':
      if (state.outOfOrder || state.unresponsiveSince !== null) return { state, action: NONE };
      return {
        state: { ...state, unresponsiveSince: now },
        action: { type: 'wait', ms: policy.unresponsiveGraceMs },
      };
    case 'responsive':
      return { state: { ...state, unresponsiveSince: null }, action: NONE };
    case 'grace-elapsed':
      return onGraceElapsed(state, now, policy);
  }
}

function onGone(
  state: RecoveryState,
  reason: RenderProcessGoneReason,
  now: number,
  policy: CrashPolicy,
): RecoveryDecision {
  // Our own forcefullyCrashRenderer(): the host already reloads (or shows out of order) after it.
  if (state.expectingGone) return { state: { ...state, expectingGone: false }, action: NONE };
  // The page went away on purpose (e.g. the window is closing): nothing to heal.
  if (reason === 'clean-exit') return { state, action: NONE };
  const settled = { ...state, unresponsiveSince: null };
  // The out-of-order page itself crashed: show it again, without counting.
  if (state.outOfOrder) return { state: settled, action: { type: 'out-of-order', killHungRenderer: false } };
  return recover(settled, now, policy, false);
}

function onGraceElapsed(state: RecoveryState, now: number, policy: CrashPolicy): RecoveryDecision {
  if (state.outOfOrder || state.unresponsiveSince === null) return { state, action: NONE };
  const hungFor = now - state.unresponsiveSince;
  // It answered and hung again since the timer was set: give the new hang its full grace period.
  if (hungFor < policy.unresponsiveGraceMs) {
    return { state, action: { type: 'wait', ms: policy.unresponsiveGraceMs - hungFor } };
  }
  return recover({ ...state, unresponsiveSince: null, expectingGone: true }, now, policy, true);
}

/** A reload while fewer than `maxRecoveries` happened in the last `windowMs`; else out of order. */
function recover(state: RecoveryState, now: number, policy: CrashPolicy, hung: boolean): RecoveryDecision {
  const recent = state.recoveries.filter((at) => now - at < policy.windowMs);
  if (recent.length >= policy.maxRecoveries) {
    return {
      state: { ...state, recoveries: recent, outOfOrder: true },
      action: { type: 'out-of-order', killHungRenderer: hung },
    };
  }
  return {
    state: { ...state, recoveries: [...recent, now] },
    action: hung ? { type: 'force-reload' } : { type: 'reload' },
  };
}
