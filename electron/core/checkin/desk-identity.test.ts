// Core tests (plain Node): the desk id is made once and kept.
import { describe, expect, it } from 'vitest';
import type { SettingsStore } from '../ports';
import { deskIdentity, type DeskSettings } from './desk-identity';

function memorySettings(initial: DeskSettings = {}): SettingsStore<DeskSettings> {
  const values: DeskSettings = { ...initial };
  return { get: (k) => values[k], set: (k, v) => void (values[k] = v) };
}

describe('the desk identity', () => {
  it('is made at first start and the same ever after', () => {
    const settings = memorySettings();
    const first = deskIdentity(settings);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(deskIdentity(settings)).toEqual(first);
    expect(deskIdentity(memorySettings()).id).not.toBe(first.id);
  });

  it('takes the name staff gave the desk, or a plain default', () => {
    expect(deskIdentity(memorySettings({ deskName: 'Front desk 2' })).name).toBe('Front desk 2');
    expect(deskIdentity(memorySettings({ deskName: '  ' })).name).toBe('Front desk');
  });
});
