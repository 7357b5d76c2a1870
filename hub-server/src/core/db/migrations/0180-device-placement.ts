import type { Migration } from '../migrate';

/**
 * Where a device stands (issue 17, the admin console's Devices screen): the
 * area of the hall (a board shows that area's calls) and, for a counter PC,
 * the counter it sits at. Both optional: devices enrolled before say nothing.
 */
export const devicePlacement: Migration = {
  version: 180,
  name: '0180-device-placement',
  up(db) {
    db.exec(`
      ALTER TABLE devices ADD COLUMN area TEXT;
      ALTER TABLE devices ADD COLUMN counter INTEGER CHECK (counter IS NULL OR counter BETWEEN 1 AND 999);
    `);
  },
};
