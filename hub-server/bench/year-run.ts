/**
 * `npm run bench:year -w @luot/hub-server`: the year-database part of the
 * bench alone (run.ts runs it too), for looking at the reports' figures
 * without the rest of the bench.
 *
 * `-- --only xlsx [--runs N]`: only the year's XLSX export, N times (3 by
 * default), each on a hub started afresh; prints each run's time and the
 * hub's RSS before and at the peak.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goalMark, missedGoals } from './goals';
import { killAllChildren } from './hub-process';
import { yearBench, yearGoals, yearXlsxBench } from './year-bench';

const t0 = performance.now();
const log = (msg: string) => process.stderr.write(`· ${Math.round((performance.now() - t0) / 100) / 10} s  ${msg}\n`);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function main(): Promise<number> {
  const only = option('only');
  if (only !== undefined && only !== 'xlsx') throw new Error(`--only: xlsx is the one measure that runs alone, not ${only}`);
  const runs = Number(option('runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a whole number of runs, at least 1');
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-year-'));
  try {
    if (only === 'xlsx') {
      const measures = await yearXlsxBench(dir, runs, log);
      console.log(JSON.stringify({ xlsx: measures }, null, 2));
      const peaks = measures.map((m) => m.peakRssMB);
      console.log(`peak RSS ${peaks.join(', ')} MB (max ${Math.max(...peaks)}), before ${measures.map((m) => m.beforeRssMB).join(', ')} MB`);
      return peaks.some((p) => p > 200) ? 1 : 0;
    }
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
