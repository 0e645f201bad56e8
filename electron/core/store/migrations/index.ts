// Core (plain Node): the cache migrations in order. Append new ones; never edit or reorder shipped ones.
import type { MigrationStep } from '../migrate';
import * as m0001 from './0001-initial-schema';

export const cacheMigrations: readonly MigrationStep[] = [m0001];
