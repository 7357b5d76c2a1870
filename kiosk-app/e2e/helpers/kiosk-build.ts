import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const kioskRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the kiosk UI once when dist is missing (the hub serves kiosk-app/dist at /kiosk/). */
export function ensureKioskBuilt(): void {
  if (existsSync(`${kioskRoot}/dist/index.html`)) return;
  execFileSync('npx', ['vite', 'build'], { cwd: kioskRoot, stdio: 'inherit' });
}
