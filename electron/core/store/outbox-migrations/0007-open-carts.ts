// Core (plain Node): outbox schema v7: the Resmark cart each queued order is being sent in, written
// after the cart is made and before the seats are locked in it. A sender killed mid-send leaves its
// seats locked for 30 minutes; the next attempt finds the cart here and releases it first, so the
// sale's own dead cart can never make its retry "sold out".
// Never edit once shipped: add a new numbered migration instead.
export const version = 7;

export const sql = `
CREATE TABLE open_carts (
  reference_id TEXT PRIMARY KEY,
  cart_id TEXT NOT NULL,
  opened_at TEXT NOT NULL
) STRICT;
`;
