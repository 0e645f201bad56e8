// Core (plain Node): outbox schema v6: what the back end answered for each sent step of a walk-up
// sale beyond its id (Resmark's confirmation number, a registration's status), for the receipt
// and the day summary. Written after the step is marked sent; the step's state stays in outbox_items.
// Never edit once shipped: add a new numbered migration instead.
export const version = 6;

export const sql = `
CREATE TABLE sale_receipts (
  reference_id TEXT PRIMARY KEY,
  server_id TEXT,
  detail TEXT,
  recorded_at TEXT NOT NULL
) STRICT;
`;
