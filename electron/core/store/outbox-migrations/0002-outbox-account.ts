// Core (plain Node): outbox schema v2: every row names the account it must be sent to.
// Never edit once shipped: add a new numbered migration instead.
export const version = 2;

// Rows from before this migration belong to no account ('unassigned'): no sender ever matches
// them, so they wait for a person to look at them instead of going to whichever back end is signed
// in now. The index serves a sender's read: its account's rows, oldest first.
export const sql = `
ALTER TABLE outbox_items ADD COLUMN account TEXT NOT NULL DEFAULT 'unassigned';
CREATE INDEX outbox_items_by_account ON outbox_items (account, id);
`;
