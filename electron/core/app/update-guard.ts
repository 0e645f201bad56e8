// Core (pure): whether a new version of the app may be installed now. Not while anything is
// unsent (queued, mid-send or needing attention): the queue is what makes each sale and
// check-in reach the back end exactly once, and an install is the moment it could be lost or
// replayed by a version that reads it differently. The answer says why, in staff's words.
import type { OutboxState } from '../../../shared/domain/outbox';

export type UpdateVerdict = { allowed: true; reason: null } | { allowed: false; reason: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function updateVerdict(states: readonly OutboxState[]): UpdateVerdict {
  const waiting = states.filter((s) => s === 'pending' || s === 'sending').length;
  const attention = states.filter((s) => s === 'needs_attention').length;
  if (waiting === 0 && attention === 0) return { allowed: true, reason: null };
  const parts = [
    waiting > 0 ? `${plural(waiting, 'change is', 'changes are')} still waiting to be sent` : null,
    attention > 0 ? `${plural(attention, 'change needs', 'changes need')} attention in the queue` : null,
  ].filter(Boolean);
  return {
    allowed: false,
    reason: `Not now: ${parts.join(' and ')}. Reconnect and let them send (or resolve them on the Queue screen), then update.`,
  };
}
