// Renderer (pure): tells a keyboard-wedge scanner from a person typing. A scanner "types" a whole
// code in a burst (keys well under 30 ms apart) and ends it with Enter; people are far slower.
// Keys are timed by when they happened (the key event's timeStamp), not by when the page got round to
// them: a page busy rendering handles a scanner's burst late, and a person's queued keys all at once.
// The fallback clock is injected, so the unit tests drive time by hand.

export interface ScanDetectorOptions {
  /** Now in milliseconds, for keys fed without their own time (performance.now, a fake in tests). */
  now: () => number;
  /** The longest gap between two keys of one burst. */
  maxGapMs?: number;
  /** The shortest code taken as a scan: two fast keys are just quick fingers. */
  minLength?: number;
}

export interface ScanDetector {
  /**
   * Feed every keydown's `key`, and its `timeStamp` as `at` (same clock as `now`). Returns the
   * scanned code when this key is the Enter that ends a burst; null otherwise (the key is ordinary
   * typing and must be handled as such).
   */
  key(key: string, at?: number): string | null;
  reset(): void;
}

export const SCAN_MAX_GAP_MS = 30;
export const SCAN_MIN_LENGTH = 4;

export function createScanDetector({
  now,
  maxGapMs = SCAN_MAX_GAP_MS,
  minLength = SCAN_MIN_LENGTH,
}: ScanDetectorOptions): ScanDetector {
  let burst = '';
  let last = Number.NEGATIVE_INFINITY;

  const reset = () => {
    burst = '';
    last = Number.NEGATIVE_INFINITY;
  };

  return {
    key(key, at = now()) {
      const fast = at - last <= maxGapMs;
      if (key === 'Enter') {
        const code = fast && burst.length >= minLength ? burst : null;
        reset();
        return code;
      }
      // Only printable single characters are part of a code; Shift and friends do not break a burst.
      if ([...key].length !== 1) {
        if (!MODIFIERS.has(key)) reset();
        return null;
      }
      burst = fast ? burst + key : key;
      last = at;
      return null;
    },
    reset,
  };
}

const MODIFIERS = new Set(['Shift', 'CapsLock', 'Alt', 'AltGraph', 'Control', 'Meta']);
