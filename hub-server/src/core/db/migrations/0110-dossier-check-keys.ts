import { DOSSIER_KEY_ALPHABET, DOSSIER_KEY_LENGTH } from '@luot/protocol';
import type { Migration } from '../migrate';

/** One random key character per call of SQLite's random() (its CSPRNG, seeded from the OS); `& 31` keeps each equally likely. */
const randomChar = `substr('${DOSSIER_KEY_ALPHABET}', (random() & 31) + 1, 1)`;

/**
 * Two things of issue 15's least-privilege work, in the one migration its
 * number block allows. (1) Each device remembers when its token was issued,
 * so a token unused for longer than the hall allows expires (idle time runs
 * from the later of its issue and its last use); existing tokens count as
 * issued when the device was enrolled. (2) Each dossier gets a check key: the public lookup takes the code
 * and the key, so the daily sequence of codes cannot be walked. New dossiers
 * get theirs from Node's CSPRNG at registration (core/check-key.ts); the ones
 * from before get one here, in one statement. Their printed slips carried no
 * key, so staff reprint the slip for a citizen who wants to track one online.
 */
export const dossierCheckKeys: Migration = {
  version: 110,
  name: '0110-dossier-check-keys',
  up(db) {
    db.exec(`ALTER TABLE devices ADD COLUMN token_issued_at INTEGER NOT NULL DEFAULT 0`);
    db.exec(`UPDATE devices SET token_issued_at = created_at`);
    db.exec(`ALTER TABLE dossiers ADD COLUMN check_key TEXT NOT NULL DEFAULT ''`);
    db.exec(`UPDATE dossiers SET check_key = ${Array.from({ length: DOSSIER_KEY_LENGTH }, () => randomChar).join(' || ')}`);
  },
};
