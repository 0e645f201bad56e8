// Core (plain Node): PLACEHOLDER on the issue-10 branch only. Another branch adds the real outbox
// migration 0002 at the same time; at merge, that file replaces this one and 0003 stays after it.
// A no-op, so a database migrated through it is the same as one that never had it.
export const version = 2;

export const sql = `-- reserved for the real 0002, replaced at merge`;
