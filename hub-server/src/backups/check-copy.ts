/**
 * The checks on a fresh copy (rollback-journal mode, PRAGMA integrity_check,
 * schema version, row counts) run in a worker thread: on a database of a few
 * hundred megabytes integrity_check reads every page for seconds, and on the
 * hub's thread that would stop issuing for as long. The worker is plain
 * JavaScript given as source (so it runs the same from tsx and from the
 * bundle) and loads better-sqlite3 from the path this module resolves.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export class BackupCheckError extends Error {}

export interface CopyFacts {
  schemaVersion: number;
  counts: Record<string, number>;
  /** The ids of the keys the copy's personal data is sealed with (none before schema 150). */
  keyIds: string[];
}

/** The tables a manifest counts, when the schema has them (an older backup may not). */
export const COUNTED_TABLES = ['tickets', 'dossiers', 'dossier_history', 'users', 'devices', 'counters', 'events', 'audit_log', 'config_revisions', 'appointments'] as const;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.path, { fileMustExist: true });
try {
  db.pragma('journal_mode = DELETE');
  const lines = db.pragma('integrity_check').map((l) => l.integrity_check);
  if (lines.length !== 1 || lines[0] !== 'ok') {
    parentPort.postMessage({ ok: false, message: 'integrity check failed: ' + lines.slice(0, 3).join('; ') });
  } else {
    const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const counts = {};
    for (const table of workerData.tables) {
      if (present.has(table)) counts[table] = db.prepare('SELECT COUNT(*) FROM ' + table).pluck().get();
    }
    const keyIds = present.has('sealing_keys') ? db.prepare('SELECT key_id FROM sealing_keys ORDER BY first_used_at, key_id').pluck().all() : [];
    parentPort.postMessage({ ok: true, schemaVersion: db.pragma('user_version', { simple: true }), counts, keyIds });
  }
} finally {
  db.close();
}
`;

type WorkerAnswer = ({ ok: true } & CopyFacts) | { ok: false; message: string };

/** Leaves the copy in rollback-journal mode and checks it; rejects with BackupCheckError when SQLite finds it damaged. */
export function checkCopy(path: string): Promise<CopyFacts> {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, sqlite, tables: COUNTED_TABLES } });
    let answered = false;
    worker.once('message', (answer: WorkerAnswer) => {
      answered = true;
      if (answer.ok) resolve({ schemaVersion: answer.schemaVersion, counts: answer.counts, keyIds: answer.keyIds });
      else reject(new BackupCheckError(answer.message));
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the backup check stopped (exit ${code})`));
    });
  });
}
