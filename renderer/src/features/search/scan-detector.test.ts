import { describe, expect, test } from 'vitest';
import { createScanDetector } from './scan-detector';

function rig() {
  let t = 1_000;
  const detector = createScanDetector({ now: () => t });
  /** Types `text` then Enter, `gap` ms between every key. */
  const type = (text: string, gap: number): string | null => {
    for (const ch of text) {
      t += gap;
      expect(detector.key(ch)).toBeNull();
    }
    t += gap;
    return detector.key('Enter');
  };
  return {
    detector,
    type,
    wait: (ms: number) => {
      t += ms;
    },
  };
}

describe('scan detector', () => {
  test('keys are timed by their own timestamps when given, not by when they are handled', () => {
    // The page was busy: a scanner's keys (4 ms apart) are handled 50 ms apart, a person's keys
    // (150 ms apart) are handled all at once afterwards.
    let handled = 0;
    const detector = createScanDetector({ now: () => (handled += 50) });
    const feed = (text: string, gap: number) => {
      [...text].forEach((ch, i) => expect(detector.key(ch, 10_000 + i * gap)).toBeNull());
      return detector.key('Enter', 10_000 + text.length * gap);
    };
    expect(feed('cus_000123', 4)).toBe('cus_000123');
    handled = 0;
    const person = createScanDetector({ now: () => handled });
    [...'cus_000123'].forEach((ch, i) => person.key(ch, 20_000 + i * 150));
    expect(person.key('Enter', 20_000 + 10 * 150)).toBeNull();
  });

  test('a burst of keys under 30 ms apart ending in Enter is a scan of exactly those keys', () => {
    expect(rig().type('cus_000123', 8)).toBe('cus_000123');
  });

  test('a person typing the same keys is not a scan', () => {
    expect(rig().type('cus_000123', 120)).toBeNull();
  });

  test('a gap just over the limit breaks the burst; at the limit it holds', () => {
    expect(rig().type('abcdef', 31)).toBeNull();
    expect(rig().type('abcdef', 30)).toBe('abcdef');
  });

  test('a slow Enter after a fast burst is a person pressing Enter, not a scan', () => {
    const r = rig();
    for (const ch of 'abcdef') {
      r.wait(5);
      r.detector.key(ch);
    }
    r.wait(400);
    expect(r.detector.key('Enter')).toBeNull();
  });

  test('typed text before the burst is not part of the code', () => {
    const r = rig();
    r.detector.key('m');
    r.wait(300);
    r.detector.key('a');
    r.wait(300);
    expect(r.type('PASS-42', 5)).toBe('PASS-42');
  });

  test('too short a burst is quick fingers, not a scan', () => {
    expect(rig().type('ab', 5)).toBeNull();
  });

  test('Shift inside a burst keeps it; an arrow key ends it', () => {
    const r = rig();
    for (const key of ['A', 'Shift', 'B', 'C', 'D']) {
      r.wait(5);
      r.detector.key(key);
    }
    r.wait(5);
    expect(r.detector.key('Enter')).toBe('ABCD');

    for (const key of ['A', 'B', 'ArrowDown', 'C', 'D']) {
      r.wait(5);
      r.detector.key(key);
    }
    r.wait(5);
    expect(r.detector.key('Enter')).toBeNull();
  });

  test('each scan starts afresh', () => {
    const r = rig();
    expect(r.type('first-code', 5)).toBe('first-code');
    expect(r.type('second', 5)).toBe('second');
  });
});
