// Core (plain Node): this desk's identity for the ledger. The id is made once, at first start, and
// kept in settings, so every fact this desk writes has an id no other desk can make.
import { randomUUID } from 'node:crypto';
import type { SettingsStore } from '../ports';
import type { Desk } from './ledger-types';

export interface DeskSettings {
  deskId?: string;
  /** What staff call this desk; shown in "already checked in at 09:02 on Front desk 2". */
  deskName?: string;
}

export const DEFAULT_DESK_NAME = 'Front desk';

export function deskIdentity(settings: SettingsStore<DeskSettings>): Desk {
  let id = settings.get('deskId');
  if (!id) {
    id = randomUUID();
    settings.set('deskId', id);
  }
  const name = settings.get('deskName')?.trim() || DEFAULT_DESK_NAME;
  return { id, name };
}
