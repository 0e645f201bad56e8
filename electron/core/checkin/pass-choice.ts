// Core (pure): which of a customer's passes pays for a walk-in, and, when none can, why not in
// the words staff say at the desk. The same rule the back end applies (reservie.md §10.5: the
// valid pass that expires first), so the desk's offline answer matches what Reservie does later.
import type { PassSaid, Said } from '../../../shared/domain/said';
import { english, saying } from '../../../shared/domain/said-english';

/** A pass held by a customer, as the decision needs it. */
export interface HeldPass {
  id: string;
  /** The pass type's name, "10-Class Pass". */
  passName: string;
  /**
   * Uses left as this desk believes: the cached count minus uses this desk spent that the back
   * end has not confirmed yet (see `spendPending`), so a pass is not spent twice offline.
   */
  remainingUses: number;
  /** YYYY-MM-DD, the first day it can be used; null when the back end did not say. */
  startDate: string | null;
  /** YYYY-MM-DD, the last day it can be used (the expiry day itself is still valid). */
  expiryDate: string | null;
  /** As the back end reports it: active | exhausted | expired, or another word we do not know. */
  status: string;
  /** YYYY-MM-DD the last use was spent, when known (for "used up on 12 Nov"). */
  usedUpOn: string | null;
}

export interface PassProblem {
  code: 'used_up' | 'expired' | 'not_started' | 'not_usable';
  passId: string;
  message: string;
  said: PassSaid;
}

function problem(code: PassProblem['code'], passId: string, said: PassSaid): PassProblem {
  return { code, passId, said, message: english(said) };
}

/** Why this pass cannot pay on `today` (the venue's calendar day), or null when it can. */
export function passProblem(pass: HeldPass, today: string): PassProblem | null {
  const name = pass.passName;
  const passId = pass.id;
  // The back end's word counts too: an admin may have expired a pass before its date.
  const expired = pass.status === 'expired' || (pass.expiryDate !== null && pass.expiryDate < today);
  if (expired) {
    // "expired on 20 Dec" would be wrong for a pass expired early: then the day is not known.
    const onItsDate = pass.expiryDate !== null && pass.expiryDate < today;
    const on = onItsDate ? pass.expiryDate : null;
    return problem('expired', passId, { code: 'pass.expired', pass: name, on });
  }
  if (pass.startDate !== null && pass.startDate > today) {
    return problem('not_started', passId, { code: 'pass.notStarted', pass: name, on: pass.startDate });
  }
  if (pass.remainingUses <= 0 || pass.status === 'exhausted') {
    return problem('used_up', passId, { code: 'pass.usedUp', pass: name, on: pass.usedUpOn || null });
  }
  // A status we do not know (suspended, cancelled…) is not a licence to spend: say it as it is.
  if (pass.status !== 'active') {
    return problem('not_usable', passId, { code: 'pass.notUsable', pass: name, status: pass.status });
  }
  return null;
}

/** Soonest expiry first (no expiry last), then the one that started first, then by id: stable. */
function payOrder(a: HeldPass, b: HeldPass): number {
  const ea = a.expiryDate ?? '9999-12-31';
  const eb = b.expiryDate ?? '9999-12-31';
  return (
    ea.localeCompare(eb) || (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.id.localeCompare(b.id)
  );
}

export type PassChoice =
  | { ok: true; pass: HeldPass }
  | {
      ok: false;
      reason: 'no_pass' | 'no_valid_pass' | 'pass_not_held';
      /** One line for staff, e.g. "10-class pass used up on 12 Nov". */
      message: string;
      said: Said;
      /** Every pass and what is wrong with it, for the details view. */
      problems: PassProblem[];
    };

/** The pass staff picked, or the valid one that expires first. */
export function choosePass(passes: readonly HeldPass[], today: string, picked: string | null): PassChoice {
  if (picked !== null) {
    const pass = passes.find((p) => p.id === picked);
    if (!pass)
      return { ok: false, reason: 'pass_not_held', ...saying({ code: 'passes.notHeld' }), problems: [] };
    const wrong = passProblem(pass, today);
    if (wrong)
      return {
        ok: false,
        reason: 'no_valid_pass',
        message: wrong.message,
        said: wrong.said,
        problems: [wrong],
      };
    return { ok: true, pass };
  }
  if (passes.length === 0)
    return { ok: false, reason: 'no_pass', ...saying({ code: 'passes.none' }), problems: [] };
  const valid = passes.filter((p) => passProblem(p, today) === null).sort(payOrder);
  if (valid[0]) return { ok: true, pass: valid[0] };
  const problems = [...passes].sort(payOrder).map((p) => passProblem(p, today)!);
  const said = saying({ code: 'passes.noneValid', problems: problems.map((p) => p.said) });
  return { ok: false, reason: 'no_valid_pass', ...said, problems };
}

/**
 * A pass as the desk should see it after the uses it spent that the back end has not confirmed:
 * "the cache shows the use as spent at once", offline too.
 */
export function spendPending(pass: HeldPass, pendingUses: number): HeldPass {
  return pendingUses > 0 ? { ...pass, remainingUses: pass.remainingUses - pendingUses } : pass;
}
