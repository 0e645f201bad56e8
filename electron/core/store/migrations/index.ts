// Core (plain Node): the cache migrations in order. Append new ones; never edit or reorder shipped ones.
import type { MigrationStep } from '../migrate';
import * as m0001 from './0001-initial-schema';
import * as m0002 from './0002-fts-fewer-merges';
import * as m0003 from './0003-phone-last-digits';

export const cacheMigrations: readonly MigrationStep[] = [m0001, m0002, m0003];
