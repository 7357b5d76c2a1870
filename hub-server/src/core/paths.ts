/**
 * Where the hub's files are, whether it runs from source (tsx) or from the
 * bundle (dist/main.mjs): found by walking up to hub-server's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findHubDir(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@luot/hub-server') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the @luot/hub-server package above ${start}`);
    dir = parent;
  }
}

/** The hub-server package folder. */
export const HUB_DIR = findHubDir(dirname(fileURLToPath(import.meta.url)));
/** The repository root (the workspace holding the web apps). */
export const REPO_DIR = dirname(HUB_DIR);
