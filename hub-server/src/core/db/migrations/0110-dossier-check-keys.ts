import { DOSSIER_KEY_ALPHABET, DOSSIER_KEY_LENGTH } from '@luot/protocol';
import type { Migration } from '../migrate';

/** One random key character per call of SQLite's random() (its CSPRNG, seeded from the OS); `& 31` keeps each equally likely. */
const randomChar = `substr('${DOSSIER_KEY_ALPHABET}', (random() & 31) + 1, 1)`;

/**
 * Each dossier gets a check key (issue 15): the public lookup takes the code
 * and the key, so the daily sequence of codes cannot be walked. New dossiers
 * get theirs from Node's CSPRNG at registration (core/check-key.ts); the ones
 * from before get one here, in one statement. Their printed slips carried no
 * key, so staff reprint the slip for a citizen who wants to track one online.
 */
export const dossierCheckKeys: Migration = {
  version: 110,
  name: '0110-dossier-check-keys',
  up(db) {
    db.exec(`ALTER TABLE dossiers ADD COLUMN check_key TEXT NOT NULL DEFAULT ''`);
    db.exec(`UPDATE dossiers SET check_key = ${Array.from({ length: DOSSIER_KEY_LENGTH }, () => randomChar).join(' || ')}`);
  },
};
