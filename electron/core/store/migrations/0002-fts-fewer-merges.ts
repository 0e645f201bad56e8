// Core (plain Node): cache schema v2: FTS5 merges index segments less often, in larger steps.
// With the default (automerge 4) a first sync of 100k customers had page commits of 35–70 ms
// whenever a merge ran, stalling the main process (target P6: ≤ 50 ms). At 16 the worst page
// commit measured ~35 ms; search stays well inside its target (P3, see README).
export const version = 2;

export const sql = `
INSERT INTO customers_fts(customers_fts, rank) VALUES ('automerge', 16);
INSERT INTO orders_fts(orders_fts, rank) VALUES ('automerge', 16);
`;
