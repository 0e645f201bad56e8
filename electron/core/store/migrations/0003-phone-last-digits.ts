// Core (plain Node): cache schema v3: a phone number is found by its last digits too ("0722" finds
// 07700 900722), which is how staff ask for it. FTS matches only from the start of a term, so each
// person also keeps their phone's digits reversed in an indexed column: a suffix of the number is
// a prefix of that column, one index range seek. Writers fill it (search-keys.reversedDigits);
// rows already cached are filled here from phone_digits by a small recursive reversal.
export const version = 3;

const reverse = (table: string) => `
ALTER TABLE ${table} ADD COLUMN phone_reversed TEXT;
UPDATE ${table} SET phone_reversed = (
  WITH RECURSIVE rev(i, out) AS (
    SELECT length(${table}.phone_digits), ''
    UNION ALL SELECT i - 1, out || substr(${table}.phone_digits, i, 1) FROM rev WHERE i > 0
  )
  SELECT out FROM rev WHERE i = 0
) WHERE phone_digits IS NOT NULL;
CREATE INDEX ${table}_by_phone_reversed ON ${table} (phone_reversed) WHERE phone_reversed IS NOT NULL;
`;

export const sql = reverse('customers') + reverse('orders');
