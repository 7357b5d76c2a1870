/** The `config_revisions` table (migration 0170): prepared statements and typed rows. */
import type { ConfigRevisionSummary, ConfigSource, RevisionState } from '@luot/protocol';
import type { WritableDb } from '../core/db/handles';

interface Row {
  id: number;
  at: number;
  actor: string;
  reason: string;
  source: ConfigSource;
  state: RevisionState;
  apply_on: string | null;
  applied_at: number | null;
  base_id: number | null;
  hash: string;
  file_hash: string | null;
  config: string;
}

export interface RevisionRecord extends ConfigRevisionSummary {
  fileHash: string | null;
  /** The stored config (JSON text of the schema's output, without secrets). */
  configJson: string;
}

export interface NewRevision {
  at: number;
  actor: string;
  reason: string;
  source: ConfigSource;
  state: 'applied' | 'pending';
  applyOn: string | null;
  baseId: number | null;
  hash: string;
  fileHash: string | null;
  configJson: string;
}

const toRecord = (r: Row): RevisionRecord => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  reason: r.reason,
  source: r.source,
  state: r.state,
  applyOn: r.apply_on,
  appliedAt: r.applied_at,
  baseId: r.base_id,
  hash: r.hash,
  fileHash: r.file_hash,
  configJson: r.config,
});

export const summaryOf = ({ fileHash: _f, configJson: _c, ...summary }: RevisionRecord): ConfigRevisionSummary => summary;

export type RevisionRepo = ReturnType<typeof createRevisionRepo>;

export function createRevisionRepo(db: WritableDb) {
  const COLUMNS = 'id, at, actor, reason, source, state, apply_on, applied_at, base_id, hash, file_hash, config';
  const byId = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM config_revisions WHERE id = ?`);
  const current = db.prepare<[], Row>(
    `SELECT ${COLUMNS} FROM config_revisions WHERE state = 'applied' ORDER BY applied_at DESC, id DESC LIMIT 1`,
  );
  const pending = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM config_revisions WHERE state = 'pending' ORDER BY id DESC LIMIT 1`);
  const lastFromFile = db.prepare<[], Row>(
    `SELECT ${COLUMNS} FROM config_revisions WHERE source = 'file' AND file_hash IS NOT NULL ORDER BY id DESC LIMIT 1`,
  );
  const list = db.prepare<[number, number], Row>(`SELECT ${COLUMNS} FROM config_revisions ORDER BY id DESC LIMIT ? OFFSET ?`);
  const insert = db.prepare<[number, string, string, string, string, string | null, number | null, number | null, string, string | null, string]>(
    `INSERT INTO config_revisions (at, actor, reason, source, state, apply_on, applied_at, base_id, hash, file_hash, config)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const apply = db.prepare<[number, number]>("UPDATE config_revisions SET state = 'applied', applied_at = ? WHERE id = ? AND state = 'pending'");
  const cancel = db.prepare<[number]>("UPDATE config_revisions SET state = 'cancelled' WHERE id = ? AND state = 'pending'");
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM config_revisions');

  return {
    get: (id: number) => {
      const r = byId.get(id);
      return r ? toRecord(r) : undefined;
    },
    current: () => {
      const r = current.get();
      return r ? toRecord(r) : undefined;
    },
    pending: () => {
      const r = pending.get();
      return r ? toRecord(r) : undefined;
    },
    lastFromFile: () => {
      const r = lastFromFile.get();
      return r ? toRecord(r) : undefined;
    },
    list: (limit: number, offset: number) => list.all(limit, offset).map(toRecord),
    count: () => count.get()?.n ?? 0,
    insert: (r: NewRevision): RevisionRecord => {
      const appliedAt = r.state === 'applied' ? r.at : null;
      const info = insert.run(r.at, r.actor, r.reason, r.source, r.state, r.applyOn, appliedAt, r.baseId, r.hash, r.fileHash, r.configJson);
      return { ...r, id: Number(info.lastInsertRowid), appliedAt };
    },
    markApplied: (id: number, at: number) => apply.run(at, id).changes === 1,
    markCancelled: (id: number) => cancel.run(id).changes === 1,
  };
}
