import { newCheckKey } from '../../check-key';
import type { Migration } from '../migrate';

/**
 * Each dossier gets a check key (issue 15): the public lookup takes the code
 * and the key, so the daily sequence of codes cannot be walked. Dossiers from
 * before get a key here; their printed slips carried none, so staff reprint
 * the slip for a citizen who wants to track one online.
 */
export const dossierCheckKeys: Migration = {
  version: 110,
  name: '0110-dossier-check-keys',
  up(db) {
    db.exec(`ALTER TABLE dossiers ADD COLUMN check_key TEXT NOT NULL DEFAULT ''`);
    const ids = db.prepare<[], { id: string }>('SELECT id FROM dossiers').all();
    const set = db.prepare<[string, string]>('UPDATE dossiers SET check_key = ? WHERE id = ?');
    for (const { id } of ids) set.run(newCheckKey(), id);
  },
};
