/**
 * Builds a web app for browser tests when its dist is missing or older than
 * its sources (the hub serves kiosk-app/dist, counter-app/dist, display-board/dist).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export type WebApp = 'kiosk-app' | 'counter-app' | 'display-board';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Sources of an app: its own src, public and index.html, and the shared protocol. */
function sourcesMtime(app: WebApp): number {
  const root = join(REPO_ROOT, app);
  return Math.max(...['src', 'public', 'index.html', 'vite.config.ts'].map((p) => newestMtime(join(root, p))), newestMtime(join(REPO_ROOT, 'protocol/src')));
}

export function ensureAppBuilt(app: WebApp): void {
  const index = join(REPO_ROOT, app, 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesMtime(app)) return;
  execFileSync('npm', ['run', 'build', '-w', `@luot/${app}`], { cwd: REPO_ROOT, stdio: 'pipe' });
}
