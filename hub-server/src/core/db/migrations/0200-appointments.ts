import type { Migration } from '../migrate';

/**
 * Appointments (issue 19).
 * - `bookings`: one row per booking made on the public page. The code is the
 *   citizen's only handle (the page, the QR, the kiosk). Name, phone, ID
 *   number and note are sealed with the hall's personal-data key (the row id
 *   bound as associated data) and erased by the retention job once the day is
 *   over (`personal_erased_at`); the row stays so reports count bookings,
 *   arrivals and no-shows.
 * - `tickets.ahead_until`: for a ticket issued at an appointment's check-in,
 *   the end of its slot: until then it is called ahead of walk-ins of its
 *   service (queue-rules). NULL for every other ticket.
 */
export const appointments: Migration = {
  version: 200,
  name: '0200-appointments',
  up(db) {
    db.exec(`
      CREATE TABLE bookings (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        service TEXT NOT NULL,
        procedure TEXT,
        day TEXT NOT NULL,
        slot_start INTEGER NOT NULL,
        slot_end INTEGER NOT NULL CHECK (slot_end > slot_start),
        state TEXT NOT NULL CHECK (state IN ('booked', 'cancelled', 'checked_in')),
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        id_number TEXT,
        note TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        checked_in_at INTEGER,
        ticket_id TEXT REFERENCES tickets (id),
        personal_erased_at INTEGER
      ) STRICT;
      -- Capacity: the live bookings of a service's day and slot.
      CREATE INDEX bookings_by_slot ON bookings (day, service, slot_start) WHERE state <> 'cancelled';
      -- Retention: days over whose personal data is still kept.
      CREATE INDEX bookings_personal_kept ON bookings (day) WHERE personal_erased_at IS NULL;
      ALTER TABLE tickets ADD COLUMN ahead_until INTEGER;
    `);
  },
};
