/**
 * Start-up: from spawning the hub exactly as a hall does (`scripts/run-hub.sh`)
 * to its first answer on /healthz, on a fresh data directory each time. The
 * bundle is already built by then (the bench's first hub built it), so this
 * is the hall's every-morning start, not its first install.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ADMIN_PASSWORD, REPO_ROOT, stopChild, trackChild } from './hub-process';
import { sleep, summarize, type LatencySummary } from './stats';

const HUB_SCRIPT = join(REPO_ROOT, 'hub-server/scripts/run-hub.sh');

/** A port free right now (the hub must be polled before it can say which port it took). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(500) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * One start: milliseconds from spawn to the first 200 on /healthz (polled every 5 ms),
 * and the hub's own CPU time by then, which other work on a shared machine does not stretch.
 */
async function startOnce(dataDir: string, configPath: string, env: Record<string, string> = {}): Promise<{ wallMs: number; cpuMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('bash', [HUB_SCRIPT], {
    cwd: REPO_ROOT,
    env: { ...process.env, LUOT_PORT: String(port), LUOT_DATA_DIR: dataDir, LUOT_CONFIG: configPath, LUOT_LOG_LEVEL: 'warn', LUOT_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
    stdio: 'ignore',
  });
  trackChild(child);
  try {
    const url = `http://127.0.0.1:${port}/healthz`;
    while (performance.now() - started < 30_000) {
      if (child.exitCode !== null) throw new Error(`the hub exited with ${child.exitCode} before /healthz answered`);
      if (await healthy(url)) return { wallMs: performance.now() - started, cpuMs: cpuMsOf(child.pid!) };
      await sleep(5);
    }
    throw new Error('/healthz did not answer in 30 s');
  } finally {
    await stopChild(child);
  }
}

export interface StartupResult {
  config: string;
  /** Spawn to /healthz answering, on a fresh data directory each time. */
  freshMs: LatencySummary;
  /** The hub's CPU time by then: its cost, whatever else the machine runs. */
  freshCpuMs: LatencySummary;
}

/** `runs` starts, each on its own fresh data directory under `dir`, of the hall in `configPath`. */
export async function startupTimes(dir: string, configPath: string, runs = 5): Promise<StartupResult> {
  const starts: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) starts.push(await startOnce(join(dir, `startup-${i}`), configPath));
  return { config: basename(configPath), freshMs: summarize(starts.map((s) => s.wallMs)), freshCpuMs: summarize(starts.map((s) => s.cpuMs)) };
}

/** `runs` starts on one existing data directory (the reports issue's year database), with the settings it was made for. */
export async function startupOn(dataDir: string, configPath: string, runs: number, env: Record<string, string>): Promise<Omit<StartupResult, 'config'>> {
  const starts: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) starts.push(await startOnce(dataDir, configPath, env));
  return { freshMs: summarize(starts.map((s) => s.wallMs)), freshCpuMs: summarize(starts.map((s) => s.cpuMs)) };
}
