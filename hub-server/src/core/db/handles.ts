/**
 * Branded database handles (after Signal Desktop's ReadableDB / WritableDB):
 * a read path is given a `ReadableDb`, whose statements can only return rows
 * — it has no `run`, `exec`, `transaction` or `pragma` — so a report, a
 * snapshot or a public page cannot write, by type. Write paths (repositories'
 * write functions, the command runner, migrations) take the `WritableDb`.
 *
 * @example
 * const reads = readOnly(db);
 * const count = reads.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM tickets WHERE day = ?').get(day);
 */
import type { Db } from './open';

/** The full better-sqlite3 handle, for write paths. */
export type WritableDb = Db;

/** Positional parameters as a tuple, or one object of named ones (`@name`), as better-sqlite3 takes them. */
type Params<P> = P extends unknown[] ? P : [P];

/** A prepared read: rows out, nothing written. */
export interface ReadStatement<P extends unknown[] | object, R> {
  get(...params: Params<P>): R | undefined;
  all(...params: Params<P>): R[];
  iterate(...params: Params<P>): IterableIterator<R>;
  /** Rows as their first column (declare `R` as that column's type). */
  pluck(): ReadStatement<P, R>;
}

declare const readable: unique symbol;

export interface ReadableDb {
  /** Only `readOnly()` makes one: a `WritableDb` is not a `ReadableDb` by accident, nor the reverse. */
  readonly [readable]: true;
  prepare<P extends unknown[] | object = [], R = unknown>(sql: string): ReadStatement<P, R>;
  /** Runs `read` in one deferred transaction, so every row it reads is of the same commit. */
  consistent<A extends unknown[], T>(read: (...args: A) => T): (...args: A) => T;
}

/**
 * A read handle over the same connection. It refuses, at run time too, to
 * prepare a statement that writes (better-sqlite3's `readonly` flag), so a
 * cast cannot smuggle a write through it either.
 */
export function readOnly(db: WritableDb): ReadableDb {
  const handle = {
    prepare<P extends unknown[] | object, R>(sql: string): ReadStatement<P, R> {
      const statement = db.prepare<P, R>(sql);
      if (!statement.readonly) throw new Error(`a read handle cannot prepare a statement that writes: ${sql}`);
      // better-sqlite3's Statement has every ReadStatement method (and `run`, which this type hides).
      return statement as unknown as ReadStatement<P, R>;
    },
    consistent<A extends unknown[], T>(read: (...args: A) => T): (...args: A) => T {
      const tx = db.transaction(read);
      return (...args: A) => tx.deferred(...args);
    },
  };
  // The brand is type-only: nothing at run time carries it.
  return handle as unknown as ReadableDb;
}
