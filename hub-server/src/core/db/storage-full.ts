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
