/**
 * The hub as its own process (`scripts/run-hub.sh`, exactly how a hall runs it), so
 * its resident memory is its own and the bench's clients do not share its
 * event loop. Restart keeps the data directory and the port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const HUB_ROOT = resolve(import.meta.dirname, '..');
export const REPO_ROOT = resolve(HUB_ROOT, '..');
export const ADMIN_PASSWORD = 'bench-admin-pass';

export interface HubProcess {
  url: string;
  port: number;
  pid(): number;
  /** Resident set size of the hub process, in bytes (Linux /proc). */
  rss(): number;
  /** SIGTERM, wait for exit, start again on the same data directory and port; resolves when it listens again. */
  restart(): Promise<{ downAt: number; upAt: number }>;
  stop(): Promise<void>;
}

/** Children still running, so the bench can kill them if it fails half-way. */
const running = new Set<ChildProcess>();
/** Counts a child the bench spawned itself among those it stops. */
export function trackChild(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}
export function killAllChildren(): void {
  for (const c of running) c.kill('SIGKILL');
}
// Whatever way the bench ends, its servers end with it.
process.once('exit', killAllChildren);

/** Starts a node script with tsx; resolves with the child once `ready` matches its output. */
export function startScript(script: string, env: Record<string, string>, ready: RegExp, extraNodeArgs: string[] = []): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return startProcess([process.execPath, ...extraNodeArgs, '--import', 'tsx', script], env, ready);
}

/** Starts a command; resolves with the child once `ready` matches its output. `stdin: 'pipe'` keeps a way to talk to it. */
export function startProcess(argv: string[], env: Record<string, string>, ready: RegExp, stdin: 'ignore' | 'pipe' = 'ignore'): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const [command, ...args] = argv as [string, ...string[]];
  const script = argv.at(-1)!;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  trackChild(child);
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        // Keep draining so a chatty child never blocks on a full pipe.
        child.stdout!.resume();
        child.stderr!.on('data', (c: Buffer) => process.stderr.write(`[${script.split('/').at(-1)}] ${c.toString()}`));
        resolvePromise({ child, match: m });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${out}`));
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      r();
    });
    child.kill('SIGTERM');
  });
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb[1]) * 1024;
}

export interface HubProcessOptions {
  dataDir: string;
  configPath: string;
  /** Extra node flags, e.g. `--cpu-prof` when looking for a cause. */
  nodeArgs?: string[];
  /** More settings, e.g. LUOT_PROVINCE_URL / LUOT_PROVINCE_TOKEN for the link bench. */
  env?: Record<string, string>;
  /** Another build of the hub to run instead of dist/main.mjs (to compare two builds in the same minutes). */
  bundle?: string;
}

export async function startHubProcess(options: HubProcessOptions): Promise<HubProcess> {
  // Exactly how `npm run hub` runs it: the bundle on plain node with the hub's memory settings
  // (the script execs node, so the child's pid is the hub's own). One difference: the per-socket command
  // limit is off, since the bench's kiosks issue as fast as the hub answers, far past any real kiosk.
  const launch = (port: number) =>
    startProcess(
      ['bash', join(HUB_ROOT, 'scripts/run-hub.sh')],
      { LUOT_PORT: String(port), LUOT_DATA_DIR: options.dataDir, LUOT_CONFIG: options.configPath, LUOT_DEMO: '1', LUOT_LOG_LEVEL: 'warn', LUOT_ADMIN_PASSWORD: ADMIN_PASSWORD, LUOT_SOCKET_COMMAND_LIMIT: 'off', ...(options.nodeArgs ? { LUOT_NODE_FLAGS: options.nodeArgs.join(' ') } : {}), ...(options.bundle ? { LUOT_HUB_BUNDLE: options.bundle } : {}), ...options.env },
      /API\s+http:\/\/localhost:(\d+)\/api\/v1/,
    );
  const first = await launch(0);
  let child = first.child;
  const port = Number(first.match[1]);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: () => child.pid!,
    rss: () => rssOf(child.pid!),
    async restart() {
      const downAt = performance.now();
      await stopChild(child);
      ({ child } = await launch(port));
      return { downAt, upAt: performance.now() };
    },
    stop: () => stopChild(child),
  };
}
