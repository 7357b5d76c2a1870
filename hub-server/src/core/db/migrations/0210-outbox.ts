import type { Migration } from '../migrate';

/**
 * The outbox of messages to citizens (issue 19). A row is written in the
 * transaction of the event that causes it; the dispatcher sends it later.
 * - `dedupe_key` (unique): a digest of the causing event, the kind, the phone
 *   (keyed fingerprint) and the template's values, so the same event never
 *   queues the same message twice, even after the phone is erased.
 * - `phone`: sealed (personal data); NULL once sent or given up — the
 *   retention job erases leftovers. `template_values` (JSON) is cleared too.
 * - `state`: `queued` → `sending` (claimed, written before the gateway is
 *   called) → `sent` (after its acknowledgement) | back to `queued` with a
 *   later `next_at` | `failed` (given up). A `sending` row found at start-up
 *   was in flight when the hub stopped: it goes back to `queued`.
 * - `tickets.notify_phone`: the sealed phone a citizen gave at the kiosk to be
 *   told when the ticket nears its turn; moved into the outbox (and cleared)
 *   when that message is queued, cleared when the ticket leaves the line.
 */
export const outbox: Migration = {
  version: 210,
  name: '0210-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        dedupe_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        cause TEXT NOT NULL,
        day TEXT NOT NULL,
        phone TEXT,
        template_values TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        queued_at INTEGER NOT NULL,
        next_at INTEGER NOT NULL,
        sent_at INTEGER,
        sender TEXT,
        last_error TEXT,
        erased_at INTEGER
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (next_at) WHERE state = 'queued';
      CREATE INDEX outbox_by_day ON outbox (day);
      CREATE INDEX outbox_kept_phones ON outbox (queued_at) WHERE phone IS NOT NULL;
      ALTER TABLE tickets ADD COLUMN notify_phone TEXT;
      CREATE INDEX tickets_to_notify ON tickets (day, service) WHERE notify_phone IS NOT NULL;
    `);
  },
};
