/**
 * How many items the board shows at once, and at what size, so that the
 * numbers stay readable from the back of the hall (README "Reading from
 * 15 m"). Fewer, bigger items: a long list is paged (see paging.ts), never
 * shrunk below a readable size or clipped.
 */
import type { CallRow } from './board-model';

export type Orientation = 'landscape' | 'portrait';

export interface CounterGridLayout {
  /** The most counters on one page; more are paged. */
  perPage: number;
  /** `single`: one counter a row, largest type; `double`: two a row. */
  density: 'single' | 'double';
}

/** Two columns of five rows fill the counters panel in both layouts at the sizes in board.css. */
export const COUNTERS_PER_PAGE = 10;

export function counterGridLayout(count: number): CounterGridLayout {
  return { perPage: COUNTERS_PER_PAGE, density: count <= 5 ? 'single' : 'double' };
}

/** Services in the waiting strip at once: each keeps its name readable (two lines at most). */
export const waitingPerPage = (orientation: Orientation): number => (orientation === 'portrait' ? 4 : 6);

export interface RecentCallsLayout {
  columns: 3 | 4;
  /** `long`: a code or counter longer than "A015 ➜ 12" somewhere in the list, so a smaller size fits the cell. */
  fit: 'normal' | 'long';
}

/** Six recent calls or fewer get three big cells a row; more get four smaller ones. */
export function recentCallsLayout(rows: readonly Pick<CallRow, 'code' | 'counter'>[], slots: number): RecentCallsLayout {
  const columns = slots <= 6 ? 3 : 4;
  const longest = rows.reduce((m, r) => Math.max(m, r.code.length + String(r.counter).length), 0);
  return { columns, fit: longest > 6 ? 'long' : 'normal' };
}
