// Core (plain Node): what staff did about outbox items that needed attention, as immutable facts
// in the outbox database (who at which desk, when, which action, with what and why). Appended in
// the same transaction as the item's move, so an item never changes state without its reason.
import type { OutboxDb } from './open-database';

export interface NewResolution {
  referenceId: string;
  action: string;
  /** What the action chose (the new pass, the tender): any JSON object. */
  detail: Record<string, unknown>;
  /** Staff's own words; required for a dismissal. */
  reason: string | null;
  /** The item's last error when staff acted: what they were answering. */
  errorBefore: string | null;
  desk: { id: string; name: string };
  at: string;
}

export interface Resolution {
  id: number;
  referenceId: string;
  action: string;
  detail: Record<string, unknown>;
  reason: string | null;
  errorBefore: string | null;
  deskId: string;
  deskName: string;
  at: string;
}

export interface ResolutionStore {
  record(r: NewResolution): Resolution;
  /** Every resolution, oldest first, grouped by the item's referenceId. */
  byItem(): Map<string, Resolution[]>;
}

interface Row {
  id: number;
  item_reference_id: string;
  action: string;
  detail: string;
  reason: string | null;
  error_before: string | null;
  desk_id: string;
  desk_name: string;
  at: string;
}

export function createResolutionStore(db: OutboxDb): ResolutionStore {
  const insert = db.prepare(
    `INSERT INTO outbox_resolutions (item_reference_id, action, detail, reason, error_before, desk_id, desk_name, at)
     VALUES (@referenceId, @action, @detail, @reason, @errorBefore, @deskId, @deskName, @at)`,
  );
  const byId = db.prepare<[number | bigint], Row>('SELECT * FROM outbox_resolutions WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM outbox_resolutions ORDER BY id');
  return {
    record(r) {
      const { lastInsertRowid } = insert.run({
        referenceId: r.referenceId,
        action: r.action,
        detail: JSON.stringify(r.detail),
        reason: r.reason,
        errorBefore: r.errorBefore,
        deskId: r.desk.id,
        deskName: r.desk.name,
        at: r.at,
      });
      return toResolution(byId.get(lastInsertRowid)!);
    },
    byItem() {
      const grouped = new Map<string, Resolution[]>();
      for (const row of all.all()) {
        const r = toResolution(row);
        grouped.set(r.referenceId, [...(grouped.get(r.referenceId) ?? []), r]);
      }
      return grouped;
    },
  };
}

function toResolution(r: Row): Resolution {
  return {
    id: r.id,
    referenceId: r.item_reference_id,
    action: r.action,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    reason: r.reason,
    errorBefore: r.error_before,
    deskId: r.desk_id,
    deskName: r.desk_name,
    at: r.at,
  };
}
