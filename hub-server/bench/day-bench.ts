/** The working-day replay, when a hall simulator exists in the tree (another part of the project may add one). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './hub-process';

export type DayResult = { available: false; reason: string } | { available: true; commands: number; errors: number };

export function findSimulator(): string | null {
  const dir = join(REPO_ROOT, 'hub-server/src/simulator');
  if (existsSync(dir)) return dir;
  for (const pkg of ['hub-server', '.']) {
    const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, pkg, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    if (scripts.simulate) return `${pkg}: npm run simulate`;
  }
  return null;
}

export function dayReplay(): DayResult {
  const found = findSimulator();
  if (!found) return { available: false, reason: 'simulator not available' };
  // A simulator exists but has no agreed interface for the bench yet: say so rather than guess.
  return { available: false, reason: `simulator found (${found}) but not wired into the bench yet` };
}
