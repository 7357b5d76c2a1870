/**
 * A full disk is not a bug in the hub: SQLite answers SQLITE_FULL (the disk,
 * or a file-size limit, or `max_page_count`) and rolls back what was being
 * written. Callers answer the typed `storage_full` error instead of
 * `internal`, and the next command simply tries again: once space returns,
 * the hub works on without a restart.
 */
export function isStorageFull(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_FULL';
}

/**
 * Another process holds the database file (a second hub on the same data
 * folder, a backup or database tool left open): SQLite answers SQLITE_BUSY
 * or SQLITE_LOCKED (or an extended code of either) once its wait ends.
 */
export function isLockedByAnother(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
