/**
 * `npm run bench:year -w @luot/hub-server`: the year-database part of the
 * bench alone (run.ts runs it too), for looking at the reports' figures
 * without the rest of the bench.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goalMark, missedGoals } from './goals';
import { killAllChildren } from './hub-process';
import { yearBench, yearGoals } from './year-bench';

const t0 = performance.now();
const log = (msg: string) => process.stderr.write(`· ${Math.round((performance.now() - t0) / 100) / 10} s  ${msg}\n`);

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-year-'));
  try {
    const result = await yearBench(dir, log);
    const goals = yearGoals(result);
    console.log(JSON.stringify({ goals, year: result }, null, 2));
    for (const g of goals) console.log(`${goalMark(g.met).padEnd(7)} ${g.name}: ${g.value} ${g.unit} (goal ${g.goal})${g.note ? ` — ${g.note}` : ''}`);
    return missedGoals(goals).length ? 1 : 0;
  } finally {
    killAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    killAllChildren();
    console.error(e);
    process.exit(1);
  },
);
