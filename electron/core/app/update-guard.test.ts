// Unit (pure): an update is refused while anything is unsent, saying why.
import { describe, expect, it } from 'vitest';
import { updateVerdict } from './update-guard';

describe('updateVerdict', () => {
  it('allows an update when everything is sent, dismissed or withdrawn', () => {
    expect(updateVerdict([])).toEqual({ allowed: true, reason: null });
    expect(updateVerdict(['sent', 'dismissed', 'withdrawn'])).toEqual({ allowed: true, reason: null });
  });

  it('refuses while changes wait or need attention, counting each', () => {
    expect(updateVerdict(['pending', 'sent'])).toEqual({
      allowed: false,
      reason:
        'Not now: 1 change is still waiting to be sent. Reconnect and let them send (or resolve them on the Queue screen), then update.',
    });
    const both = updateVerdict(['pending', 'sending', 'needs_attention']);
    expect(both.allowed).toBe(false);
    expect(both.reason).toMatch(
      /^Not now: 2 changes are still waiting to be sent and 1 change needs attention/,
    );
    expect(updateVerdict(['needs_attention', 'needs_attention']).reason).toMatch(/2 changes need attention/);
  });
});
