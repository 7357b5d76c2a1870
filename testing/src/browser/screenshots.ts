/**
 * Where browser tests put their screenshots: `.luot-tmp/screenshots/<name>/`,
 * a git-ignored folder, so `npm test` never rewrites the tracked images under
 * docs/. `npm run docs:screenshots` (scripts/refresh-docs.sh) runs the
 * screenshot tests and copies what they made into `docs/<name>/`.
 */
import { mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { REPO_ROOT } from './web-apps';

export const SCREENSHOTS_ROOT = join(REPO_ROOT, '.luot-tmp', 'screenshots');

/** The folder `docs/<name>/` is refreshed from; created if missing, returned with a trailing separator. */
export function screenshotDir(name: 'kiosk' | 'counter' | 'admin' | 'display-board'): string {
  const dir = join(SCREENSHOTS_ROOT, name);
  mkdirSync(dir, { recursive: true });
  return `${dir}${sep}`;
}
