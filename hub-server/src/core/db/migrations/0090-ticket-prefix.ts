import type { Migration } from '../migrate';

/**
 * Each ticket keeps the prefix its code was made with, so a call can say
 * "prefix A, number 15" without taking the code apart: two services may make
 * the same code (prefix A width 4 and prefix A0 width 3 both give A0015), and
 * the config may change after the ticket was issued. Tickets issued before
 * this migration have '' and the hub works their prefix out from the config
 * as it did before.
 */
export const ticketPrefix: Migration = {
  version: 90,
  name: '0090-ticket-prefix',
  up(db) {
    db.exec(`ALTER TABLE tickets ADD COLUMN prefix TEXT NOT NULL DEFAULT ''`);
  },
};
