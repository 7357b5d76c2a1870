/** Builds the board for browser tests when dist is missing or older than the sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BOARD_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPO_ROOT = resolve(BOARD_ROOT, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBoardBuilt(): void {
  const index = join(BOARD_ROOT, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(BOARD_ROOT, 'src')), newestMtime(join(BOARD_ROOT, 'public')), statSync(join(BOARD_ROOT, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync('npm', ['run', 'build', '-w', '@luot/display-board'], { cwd: REPO_ROOT, stdio: 'pipe' });
}
