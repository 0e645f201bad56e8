// Renderer tests (pure): what the day summary counts as not sent yet.
import { describe, expect, it } from 'vitest';
import { unsentCounts } from './summary-view';

describe('unsentCounts', () => {
  it('counts waiting and mid-send as queued, refused as needing attention, the rest as done', () => {
    expect(
      unsentCounts([
        { state: 'pending' },
        { state: 'sending' },
        { state: 'needs_attention' },
        { state: 'sent' },
        { state: 'dismissed' },
        { state: 'withdrawn' },
      ]),
    ).toEqual({ queued: 2, attention: 1 });
    expect(unsentCounts([])).toEqual({ queued: 0, attention: 0 });
  });
});
