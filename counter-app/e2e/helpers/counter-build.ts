import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the counter UI once when dist is missing (the hub serves counter-app/dist at /counter/ and /admin/). */
export function ensureCounterBuilt(): void {
  if (existsSync(`${appRoot}/dist/index.html`)) return;
  execFileSync('npx', ['vite', 'build'], { cwd: appRoot, stdio: 'inherit' });
}
