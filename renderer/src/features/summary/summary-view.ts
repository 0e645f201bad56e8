// Renderer (pure): what the day summary counts as not sent yet, from the queue as the core lists it.
import type { OutboxEntry } from '../../../../shared/domain/outbox';

/** Queued: waiting or being sent. Needs attention: refused, waiting for staff. Others are done. */
export function unsentCounts(items: readonly Pick<OutboxEntry, 'state'>[]): {
  queued: number;
  attention: number;
} {
  let queued = 0;
  let attention = 0;
  for (const i of items) {
    if (i.state === 'pending' || i.state === 'sending') queued++;
    else if (i.state === 'needs_attention') attention++;
  }
  return { queued, attention };
}
