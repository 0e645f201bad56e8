// Core (plain Node): the outbox migrations in order. Append new ones; never edit or reorder shipped ones.
import type { MigrationStep } from '../migrate';
import * as m0001 from './0001-outbox-items';

export const outboxMigrations: readonly MigrationStep[] = [m0001];
