import type { Migration } from '../migrate';

/**
 * Per-officer figures (issue 20). A ticket's officer comes with its shipped
 * events (`event.officer`, see ShippedOfficer in the protocol): `ticket_finals`
 * keeps the officer of the ticket's latest event, and `day_groups` gains the
 * officer as a key so a period's per-officer figures add up from day groups
 * like the rest. The key is '' for a ticket no officer had, the hall's user id
 * otherwise, and '?' (UNKNOWN_OFFICER) for a ticket that reached a counter
 * but whose events came from a hub that did not ship the officer — which is
 * every ticket folded before this migration. `hall_officers` keeps each
 * officer's display name as the hall's latest event gave it (staff stay in
 * the hall; the province only learns the name its reports print).
 */
export const officerFigures: Migration = {
  version: 50,
  name: '0050-officer-figures',
  async up(db) {
    await db.query(`
      ALTER TABLE ticket_finals ADD COLUMN officer text NOT NULL DEFAULT '';
      UPDATE ticket_finals SET officer = '?' WHERE counter IS NOT NULL;
      ALTER TABLE day_groups ADD COLUMN officer text NOT NULL DEFAULT '';
      UPDATE day_groups SET officer = '?' WHERE counter <> 0;
      ALTER TABLE day_groups DROP CONSTRAINT day_groups_pkey;
      ALTER TABLE day_groups ADD PRIMARY KEY (hall_id, day, service, counter, officer);
      CREATE TABLE hall_officers (
        hall_id text NOT NULL REFERENCES halls (id),
        officer_id text NOT NULL,
        name text NOT NULL,
        -- The hall's sequence of the event the name came from: a later event's name wins.
        seq bigint NOT NULL,
        PRIMARY KEY (hall_id, officer_id)
      );
    `);
  },
};
