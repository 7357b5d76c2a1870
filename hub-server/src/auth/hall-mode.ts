/**
 * A database is made either for the demo hall or for a real one, and stays
 * so (migration 0100): a demo database holds published passwords and device
 * tokens, so it refuses to run as a real hall, and a real hall's database
 * refuses to be seeded with the demo's accounts. The installer starts a real
 * hall on a fresh data directory; nothing is deleted behind anyone's back.
 */
import type { WritableDb } from '../core/db/handles';
import { hashToken } from './secrets';

export type HallMode = 'demo' | 'hall';

/** Thrown at start-up; main.ts prints it and stops. */
export class HallModeError extends Error {}

const WORDS = {
  demo: { vi: 'hội trường trình diễn (LUOT_DEMO=1)', en: 'the demo hall (LUOT_DEMO=1)' },
  hall: { vi: 'một hội trường thật', en: 'a real hall' },
} as const;

/**
 * Records the mode of a new database, or refuses one made for the other mode.
 * A database from before migration 0100 counts as the demo's when it holds
 * one of the demo's published device tokens.
 */
export function settleHallMode(db: WritableDb, mode: HallMode, now: number, publishedDemoTokens: () => readonly string[]): void {
  const row = db.prepare<[], { mode: HallMode }>('SELECT mode FROM hall_mode WHERE id = 1').get();
  let recorded = row?.mode;
  // A database without devices holds no demo token: a fresh hall's first
  // start then skips reading the demo's config file (50–90 ms of parsing;
  // issue 21: /healthz within 1 s).
  const hasDevices = () => db.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM devices) AS n').get()?.n === 1;
  if (recorded === undefined && mode === 'hall' && hasDevices()) {
    const find = db.prepare<[string], { id: string }>('SELECT id FROM devices WHERE token_hash = ?');
    if (publishedDemoTokens().some((token) => find.get(hashToken(token)) !== undefined)) recorded = 'demo';
  }
  if (recorded !== undefined && recorded !== mode) {
    throw new HallModeError(
      [
        `Cơ sở dữ liệu này được tạo cho ${WORDS[recorded].vi}, không chạy được như ${WORDS[mode].vi}. Hãy dùng một thư mục dữ liệu mới (LUOT_DATA_DIR).`,
        `This database was made for ${WORDS[recorded].en} and cannot run as ${WORDS[mode].en}. Use a new data directory (LUOT_DATA_DIR).`,
      ].join('\n  '),
    );
  }
  db.prepare('INSERT OR IGNORE INTO hall_mode (id, mode, set_at) VALUES (1, ?, ?)').run(recorded ?? mode, now);
}
