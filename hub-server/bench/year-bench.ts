/**
 * The reports issue's bench on a year of a busy center (simulator/year-fill.ts):
 * a month's and the year's report over HTTP (20 runs each), ticket issue on
 * the year database beside a fresh one (rounds in turn, same run), the
 * year's XLSX export (time and the hub's peak RSS) and the hub's start-up on
 * it. The year database is made once per generator version, schema and day, kept
 * under os.tmpdir() and copied for the run (the run's tickets stay out of it).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, localDay, systemClock } from '../src/core/clock';
import { buildYearDatabase } from '../src/simulator/year-database';
import { YEAR_FILL_VERSION } from '../src/simulator/year-fill';
import { migrations } from '../src/core/db/migrations/index';
import { ADMIN_PASSWORD, startHubProcess, type HubProcess } from './hub-process';
import { openIssueKiosks } from './issue-bench';
import { login } from './sockets';
import { startupOn } from './startup-bench';
import { judge, type Goal } from './goals';
import { median, round, sleep, summarize, type LatencySummary } from './stats';
import { writeYearHall, yearHallConfig } from './year-hall';

const REPORT_RUNS = 20;
const ISSUE_ROUNDS = 4;
const ISSUE_PER_KIOSK = 100;
const STARTUP_RUNS = 3;
const MB = 1024 * 1024;

export interface YearBenchResult {
  database: { tickets: number | null; builtSeconds: number | null; cached: boolean; bytes: number };
  monthReportMs: LatencySummary;
  yearReportMs: LatencySummary;
  issue: { freshPerSec: number; yearPerSec: number; ratio: number; errors: number };
  xlsx: XlsxMeasure;
  startupMs: LatencySummary;
  startupCpuMs: LatencySummary;
}

/** The cached year database's directory, made first when missing (a few minutes). */
async function cachedYear(log: (m: string) => void): Promise<{ dir: string; cached: boolean; tickets: number | null; seconds: number | null }> {
  const lastDay = addDays(localDay(systemClock.now()), -1);
  // Keyed by the schema too: a database made by another branch's hub (its migrations, not these) is never reused.
  const schema = migrations.at(-1)!.version;
  const dir = join(tmpdir(), `luot-year-db-v${YEAR_FILL_VERSION}-s${schema}-${lastDay}`);
  if (existsSync(join(dir, 'luot.sqlite'))) return { dir, cached: true, tickets: null, seconds: null };
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  log(`  making the year database (generator v${YEAR_FILL_VERSION}, to ${lastDay}) in ${dir}`);
  const made = await buildYearDatabase({ dataDir: building, config: yearHallConfig(), demo: true, adminPassword: ADMIN_PASSWORD, lastDay });
  log(`  ${JSON.stringify(made)}`);
  // Renamed once complete: a bench stopped half-way leaves no half database to reuse.
  renameSync(building, dir);
  return { dir, cached: false, tickets: made.tickets, seconds: made.seconds };
}

async function timed(runs: number, once: () => Promise<void>): Promise<LatencySummary> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once();
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}

async function getOk(url: string, token: string): Promise<ArrayBuffer> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
  return body;
}

/** Peak RSS of the hub while `work` runs (sampled every 20 ms). */
async function peakRss(hub: HubProcess, work: () => Promise<unknown>): Promise<number> {
  let peak = hub.rss();
  let done = false;
  const sampler = (async () => {
    while (!done) {
      peak = Math.max(peak, hub.rss());
      await sleep(20);
    }
  })();
  try {
    await work();
  } finally {
    done = true;
    await sampler;
  }
  return Math.max(peak, hub.rss());
}

export interface XlsxMeasure {
  ms: number;
  peakRssMB: number;
  bytes: number;
  /** The hub's RSS just before the export: the peak is this plus what the export adds. */
  beforeRssMB: number;
}

/** The hub's RSS and how much of it is anonymous (heaps, malloc) rather than mapped files (code), in MB. */
function rssParts(hub: HubProcess): string {
  const status = readFileSync(`/proc/${hub.pid()}/status`, 'utf8');
  const mb = (field: string) => round(Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024, 1);
  return `${mb('VmRSS')} (anon ${mb('RssAnon')}, file ${mb('RssFile')})`;
}

/** The year's workbook downloaded once: its time and the hub's RSS before and at its peak. */
async function exportYear(hub: HubProcess, token: string, lastDay: string): Promise<XlsxMeasure> {
  const before = hub.rss();
  let bytes = 0;
  const t = performance.now();
  const peak = await peakRss(hub, async () => {
    bytes = (await getOk(`${hub.url}/api/v1/reports.xlsx?period=year&date=${lastDay}`, token)).byteLength;
  });
  return { ms: round(performance.now() - t, 0), peakRssMB: round(peak / MB, 1), bytes, beforeRssMB: round(before / MB, 1) };
}

/** The year database copied into `workDir` (the run's writes stay out of the cache) and the hall's config. */
async function yearData(workDir: string, log: (m: string) => void) {
  const year = await cachedYear(log);
  const dataDir = join(workDir, 'year-data');
  mkdirSync(dataDir, { recursive: true });
  for (const f of ['luot.sqlite', 'luot.key']) copyFileSync(join(year.dir, f), join(dataDir, f));
  return { year, dataDir, configPath: writeYearHall(workDir) };
}

/**
 * The XLSX measure alone (`npm run bench:year -- --only xlsx`), for comparing
 * changes to the export: each run on a hub started afresh on the year
 * database and warmed as the full bench warms it (a month's and the year's
 * report first), so the runs can alternate between builds.
 */
export async function yearXlsxBench(workDir: string, runs: number, log: (m: string) => void): Promise<XlsxMeasure[]> {
  const { dataDir, configPath } = await yearData(workDir, log);
  const lastDay = addDays(localDay(systemClock.now()), -1);
  const lastMonth = addDays(`${localDay(systemClock.now()).slice(0, 8)}01`, -1);
  const measures: XlsxMeasure[] = [];
  for (let r = 0; r < runs; r++) {
    const hub = await startHubProcess({ dataDir, configPath });
    try {
      // The hub's RSS after each step of the warm-up: what is resident before the export begins.
      const steps: string[] = [`started ${rssParts(hub)}`];
      const token = await login(hub.url, 'giamsat');
      steps.push(`signed in ${rssParts(hub)}`);
      await getOk(`${hub.url}/api/v1/reports?period=month&date=${lastMonth}`, token);
      steps.push(`month ${rssParts(hub)}`);
      await getOk(`${hub.url}/api/v1/reports?period=year&date=${lastDay}`, token);
      steps.push(`year ${rssParts(hub)}`);
      const m = await exportYear(hub, token, lastDay);
      log(`  run ${r + 1}: RSS MB ${steps.join(', ')}, after the export ${rssParts(hub)}; ${JSON.stringify(m)}`);
      measures.push(m);
    } finally {
      await hub.stop();
    }
  }
  return measures;
}

export async function yearBench(workDir: string, log: (m: string) => void): Promise<YearBenchResult> {
  const { year, dataDir, configPath } = await yearData(workDir, log);
  const bytes = statSync(join(dataDir, 'luot.sqlite')).size;

  log('  ticket issue: the year database beside a fresh one, rounds in turn');
  const yearHub = await startHubProcess({ dataDir, configPath });
  const freshHub = await startHubProcess({ dataDir: join(workDir, 'year-fresh-data'), configPath });
  const yearKiosks = await openIssueKiosks(yearHub.url);
  const freshKiosks = await openIssueKiosks(freshHub.url);
  const rounds: { fresh: number; year: number }[] = [];
  let errors = 0;
  for (let r = 0; r < ISSUE_ROUNDS; r++) {
    // Each goes first in turn: the first of a pair ran slower in trials, whichever hub it was.
    const first = r % 2 === 0 ? freshKiosks : yearKiosks;
    const second = first === freshKiosks ? yearKiosks : freshKiosks;
    const a = await first.run(ISSUE_PER_KIOSK);
    const b = await second.run(ISSUE_PER_KIOSK);
    const [f, y] = first === freshKiosks ? [a, b] : [b, a];
    errors += f.errors + y.errors;
    rounds.push({ fresh: f.ticketsPerSec, year: y.ticketsPerSec });
  }
  yearKiosks.close();
  freshKiosks.close();
  await freshHub.stop();
  const freshPerSec = median(rounds.map((r) => r.fresh));
  const yearPerSec = median(rounds.map((r) => r.year));

  const token = await login(yearHub.url, 'giamsat');
  const lastDay = addDays(localDay(systemClock.now()), -1);
  const lastMonth = addDays(`${localDay(systemClock.now()).slice(0, 8)}01`, -1);
  log(`  reports: the month of ${lastMonth} and the year of ${lastDay}, ${REPORT_RUNS} runs each`);
  // One of each first: the page cache and the JIT, as after a supervisor's first look.
  await getOk(`${yearHub.url}/api/v1/reports?period=month&date=${lastMonth}`, token);
  await getOk(`${yearHub.url}/api/v1/reports?period=year&date=${lastDay}`, token);
  const monthReportMs = await timed(REPORT_RUNS, async () => void (await getOk(`${yearHub.url}/api/v1/reports?period=month&date=${lastMonth}`, token)));
  const yearReportMs = await timed(REPORT_RUNS, async () => void (await getOk(`${yearHub.url}/api/v1/reports?period=year&date=${lastDay}`, token)));

  log('  the year as XLSX');
  const xlsx = await exportYear(yearHub, token, lastDay);
  await yearHub.stop();

  log('  start-up on the year database');
  const startup = await startupOn(dataDir, configPath, STARTUP_RUNS, { LUOT_DEMO: '1' });

  return {
    database: { tickets: year.tickets, builtSeconds: year.seconds, cached: year.cached, bytes },
    monthReportMs,
    yearReportMs,
    issue: { freshPerSec: round(freshPerSec, 1), yearPerSec: round(yearPerSec, 1), ratio: round(yearPerSec / freshPerSec), errors },
    xlsx,
    startupMs: startup.freshMs,
    startupCpuMs: startup.freshCpuMs,
  };
}

/** The reports issue's goals, and the start-up goal of issue 21 on the year database. */
export function yearGoals(y: YearBenchResult): Goal[] {
  return [
    judge('month report on the year database (p50)', y.monthReportMs.p50, 'ms', '<=', 150, { note: `p99 ${y.monthReportMs.p99} ms, ${y.monthReportMs.count} runs` }),
    judge('year report on the year database (p50)', y.yearReportMs.p50, 'ms', '<=', 500, { note: `p99 ${y.yearReportMs.p99} ms, ${y.yearReportMs.count} runs` }),
    judge('ticket issue, year database vs fresh (same run)', y.issue.ratio, 'ratio', '>=', 0.9, { alsoRequired: y.issue.errors === 0, note: `${y.issue.yearPerSec} vs ${y.issue.freshPerSec} tickets/s, ${y.issue.errors} refused` }),
    judge("the year's XLSX export", y.xlsx.ms, 'ms', '<=', 5000, { note: `${y.xlsx.bytes} bytes` }),
    judge("hub RSS peak during the year's XLSX export", y.xlsx.peakRssMB, 'MB', '<=', 200),
    judge('start-up to /healthz, year database (median)', y.startupMs.p50, 'ms', '<=', 2000, { note: `hub CPU ${y.startupCpuMs.p50} ms` }),
  ];
}
