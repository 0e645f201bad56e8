// Core tests (pure): the export's file name says what it holds, and is safe as a file name.
import { describe, expect, it } from 'vitest';
import { fileNameOf } from './ledger-export';

describe('ledger export file name', () => {
  it('names the day, the departure, or both', () => {
    expect(fileNameOf({ day: '2026-12-01' })).toBe('checkins-2026-12-01.csv');
    expect(fileNameOf({ sessionId: 'act_42' })).toBe('checkins-act_42.csv');
    expect(fileNameOf({ day: '2026-12-01', sessionId: 'act_42' })).toBe('checkins-2026-12-01-act_42.csv');
  });

  it('keeps a back end id with slashes or dots from making a path', () => {
    expect(fileNameOf({ sessionId: '../p1@2026-12-01T09:00:00Z' })).toBe(
      'checkins-_p1_2026-12-01T09_00_00Z.csv',
    );
  });
});
