/**
 * Memory over busy days: the hall simulator replays several busy days in a
 * row against a hub process on a clock the bench moves (clocked-hub-main.ts,
 * bundled and started with run-hub.sh's node flags and malloc settings), with
 * 200 clients connected throughout. The hub's RSS is sampled every second:
 * the peak, the end of each day (settled), and after each rollover to the
 * next day (settled). A leak shows as growth from one day to the next.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { BENCH_PASSWORD, kioskToken, officerName, writeBenchHall } from './bench-hall';
import { ADMIN_PASSWORD, rssOf, startProcess, stopChild } from './hub-process';
import { MB, connectHallClients } from './memory-bench';
import { closeAll, login, nextSnapshot, openHubClient } from './sockets';
import { round, sleep } from './stats';
import { simulateDay } from '../src/simulator/simulate-day';

const HALL_OFFSET_MS = 7 * 60 * 60 * 1000;
/** The first simulated day (a Tuesday); the hall is open every day, so any date works. */
const FIRST_DAY = Date.UTC(2026, 11, 8);
const DAY_MS = 24 * 60 * 60 * 1000;
const SIMULATED_COUNTERS = 20;
/** Watching clients beside the simulator's 20 officers and 2 kiosks: 80 officers' screens, 8 kiosks, 100 boards (210 in all). */
const WATCHING_OFFICERS = 80;
const WATCHING_KIOSKS = 8;
const WATCHING_BOARDS = 100;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Hall time (UTC+7) `hh:mm` on the `n`-th simulated day, in ms since the epoch. */
const hallTime = (n: number, hh: number, mm = 0) => FIRST_DAY + n * DAY_MS + (hh * 60 + mm) * 60_000 - HALL_OFFSET_MS;

export interface SimulatedDay {
  day: string;
  tickets: number;
  commands: number;
  errors: number;
  errorCodes: Record<string, number>;
  peakMB: number;
  endOfDayMB: number;
  afterRolloverMB: number;
  seconds: number;
}

export interface MemoryDaysResult {
  days: SimulatedDay[];
  clients: number;
  /** The highest RSS while the days were replayed (from the first day's start to the last rollover). */
  peakMB: number;
  /** The highest before: 80 officers signing in at once (scrypt's buffers), not part of a day. */
  setupPeakMB: number;
  /** RSS after the last rollover minus after the first: what the days left behind. */
  growthMB: number;
}

/** Bundled into hub-server/dist/bench/ (ignored by git), where the hub's npm packages resolve as they do for the real bundle. */
async function bundleClockedHub(): Promise<string> {
  const outdir = resolve(import.meta.dirname, '../dist/bench');
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { 'clocked-hub': resolve(import.meta.dirname, 'clocked-hub-main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [{ name: 'external-npm-packages', setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@luot/') ? undefined : { path: args.path, external: true })) }],
  });
  return join(outdir, 'clocked-hub.mjs');
}

export async function memoryOverDays(dir: string, days = 3, ticketsPerDay = 600, speed = 3000): Promise<MemoryDaysResult> {
  const bundle = await bundleClockedHub();
  const { child, match } = await startProcess(
    // run-hub.sh's flags and malloc settings, so the figures are the real hub's (LUOT_NODE_FLAGS too, for a diagnosis).
    [process.execPath, '--max-semi-space-size=4', '--memory-saver-mode', '--enable-source-maps', ...(process.env.LUOT_NODE_FLAGS ?? '').split(' ').filter((f) => f !== ''), bundle],
    {
      LUOT_PORT: '0',
      LUOT_DATA_DIR: join(dir, 'days-data'),
      LUOT_CONFIG: writeBenchHall(join(dir), { counters: 100 }),
      LUOT_LOG_LEVEL: 'warn',
      LUOT_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LUOT_DEMO: '1',
      LUOT_BENCH_CLOCK_START: String(hallTime(0, 6, 30)),
      MALLOC_MMAP_THRESHOLD_: '131072',
      MALLOC_ARENA_MAX: '2',
    },
    /API\s+http:\/\/localhost:(\d+)\/api\/v1/,
    'pipe',
  );
  const url = `http://127.0.0.1:${match[1]}`;
  const hubClock = { set: (ms: number) => void child.stdin!.write(`${ms}\n`) };
  /** Moves the hub's clock and waits until it has surely read the line (stdin and the sockets are separate channels). */
  const moveClock = async (ms: number) => {
    hubClock.set(ms);
    await sleep(300);
  };
  let setupPeak = 0;
  let peak = 0;
  let dayPeak = 0;
  let replaying = false;
  const sample = () => {
    const rss = rssOf(child.pid!);
    if (replaying) peak = Math.max(peak, rss);
    else setupPeak = Math.max(setupPeak, rss);
    dayPeak = Math.max(dayPeak, rss);
    return rss;
  };
  const sampler = setInterval(sample, 1000);
  const settled = async () => (await sleep(3000), sample());
  try {
    const tokens = await Promise.all(Array.from({ length: WATCHING_OFFICERS }, (_, i) => login(url, officerName(SIMULATED_COUNTERS + i))));
    const watching = await connectHallClients(url, tokens, WATCHING_BOARDS, 0, 0);
    const kiosks = Array.from({ length: WATCHING_KIOSKS }, (_, i) => openHubClient(url, 'kiosk', kioskToken(2 + i)));
    await Promise.all(kiosks.map(nextSnapshot));
    const all = [...watching.all, ...kiosks];
    const result: SimulatedDay[] = [];
    await settled();
    replaying = true;
    for (let n = 0; n < days; n++) {
      dayPeak = 0;
      // The officers sign in as the day opens (a session lasts 12 hours from its sign-in, on the hub's clock).
      await moveClock(hallTime(n, 7, 25));
      const started = performance.now();
      const report = await simulateDay({
        hubUrl: url,
        tokens: [kioskToken(0), kioskToken(1)],
        officers: Array.from({ length: SIMULATED_COUNTERS }, (_, i) => ({ username: officerName(i), password: BENCH_PASSWORD })),
        counters: Array.from({ length: SIMULATED_COUNTERS }, (_, i) => i + 1),
        tickets: ticketsPerDay,
        speed,
        seed: n + 1,
        day: isoDay(FIRST_DAY + n * DAY_MS),
        sessions: [
          { start: '07:30', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ],
        issuingCutOffMinutes: 30,
        hubClock,
      });
      const seconds = round((performance.now() - started) / 1000, 1);
      const endOfDay = await settled();
      // The next morning: a kiosk's first ticket rolls the hub over to the new day (every client gets its snapshot).
      await moveClock(hallTime(n + 1, 6, 45));
      const first = await kiosks[0]!.command('ticket:issue', { service: 'DV01' });
      if (!first.ok) throw new Error(`memory over days: the first ticket of day ${n + 2} was refused: ${JSON.stringify(first.error)}`);
      const rolledOver = await settled();
      result.push({ day: report.day ?? isoDay(FIRST_DAY + n * DAY_MS), tickets: report.tickets.issued, commands: report.commands.sent, errors: report.errors.total, errorCodes: report.errors.byCode, peakMB: round(dayPeak / MB, 1), endOfDayMB: round(endOfDay / MB, 1), afterRolloverMB: round(rolledOver / MB, 1), seconds });
    }
    closeAll(all);
    return { days: result, clients: all.length + SIMULATED_COUNTERS + 2, peakMB: round(peak / MB, 1), setupPeakMB: round(setupPeak / MB, 1), growthMB: round(result.at(-1)!.afterRolloverMB - result[0]!.afterRolloverMB, 1) };
  } finally {
    clearInterval(sampler);
    await stopChild(child);
  }
}
