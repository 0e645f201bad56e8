// Core (plain Node): the outbox migrations in order. Append new ones; never edit or reorder shipped ones.
import type { MigrationStep } from '../migrate';
import * as m0001 from './0001-outbox-items';
import * as m0002 from './0002-outbox-account';
import * as m0003 from './0003-checkin-ledger';
import * as m0004 from './0004-outbox-sender';
import * as m0005 from './0005-outbox-resolutions';
import * as m0006 from './0006-sale-receipts';
import * as m0007 from './0007-open-carts';

export const outboxMigrations: readonly MigrationStep[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007];
