/**
 * The README's start command (`bash scripts/start-hall.sh`): help, the usual
 * mistakes (busy port, bad config, unwritable data directory, a hub that dies
 * at start) each stop it at once with the reason and a non-zero code, and a
 * real start prints the hall's URLs and demo credentials and stops its
 * children (hub, device agent, virtual printer) when stopped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'luot-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

const listening = (port: number) =>
  new Promise<boolean>((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), ok(true)));
    socket.once('error', () => ok(false));
  });

let n = 0;
/** Settings for one run: its own data directory and three free ports. */
async function settings(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    LUOT_DATA_DIR: join(dir, `data-${n++}`),
    LUOT_PORT: String(await freePort()),
    LUOT_PRINTER_PORT: String(await freePort()),
    LUOT_AGENT_PORT: String(await freePort()),
    // System packages and npm installs are setup.sh's own test; a test must not install anything.
    LUOT_SKIP_SETUP: '1',
    LUOT_LOG_LEVEL: 'warn',
    ...extra,
  };
}

function run(env: Record<string, string>, args: string[] = []) {
  const started = Date.now();
  const r = spawnSync('bash', ['scripts/start-hall.sh', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 90_000 });
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

/** Pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('the start command', () => {
  it('prints help and exits 0', () => {
    const r = run({}, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm start');
    for (const word of ['LUOT_PORT', 'LUOT_DATA_DIR', 'LUOT_CONFIG', 'LUOT_PRINTER_PORT', 'LUOT_AGENT_PORT', '/printed/']) expect(r.stdout).toContain(word);
  });

  it('refuses an unknown argument', () => {
    const r = run({}, ['--port=80']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown argument: --port=80');
  });

  it('names a busy port and the setting to change, at once', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = run(await settings({ LUOT_PRINTER_PORT: String(port) }));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Cổng ${port} đang được dùng / Port ${port} is already in use`);
      expect(r.stderr).toContain('LUOT_PRINTER_PORT');
      expect(r.stdout).not.toContain('is running');
      expect(r.seconds).toBeLessThan(10);
    } finally {
      blocker.close();
    }
  });

  it('names the bad field of LUOT_CONFIG, before starting anything', async () => {
    const bad = join(dir, 'bad-hall.yaml');
    writeFileSync(bad, 'hall:\n  name: { vi: "Trung tâm", en: "Center" }\n  address: "x"\nhours:\n  sessions:\n    - { name: morning, start: "7:30", end: "11:30" }\ndepartments: []\nservices: []\ncounters: []\n');
    const env = await settings({ LUOT_CONFIG: bad });
    const r = run(env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Hall config is not valid');
    expect(r.stderr).toContain('hours.sessions[0].start (line 6): must be a time HH:mm such as 07:30 (found "7:30")');
    expect(r.stderr).toContain('hours.sessions[0].start (dòng 6): phải là một giờ dạng HH:mm, ví dụ 07:30 (đang là "7:30")');
    expect(r.stdout).not.toContain('is running');
    expect(existsSync(join(env.LUOT_DATA_DIR!, 'device-agent.json'))).toBe(false);
    expect(r.seconds).toBeLessThan(20);
  });

  it('says the data directory cannot be written', async () => {
    // Root writes anywhere; a path under a regular file can never be a directory.
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const r = run(await settings({ LUOT_DATA_DIR: join(file, 'data') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`The data directory ${join(file, 'data')} cannot be written. Set LUOT_DATA_DIR`);
    expect(r.stderr).toContain('Không ghi được vào thư mục dữ liệu');
    expect(r.seconds).toBeLessThan(10);
  });

  it('stops at once with the hub’s own message when the hub dies at start, and stops the printer and the agent', async () => {
    const env = await settings({ LUOT_CONFIG: join(root, 'hub-server/config/demo-hall.yaml') });
    // A database from a newer Lượt: the hub refuses to open it.
    mkdirSync(env.LUOT_DATA_DIR!, { recursive: true });
    const db = new Database(join(env.LUOT_DATA_DIR!, 'luot.sqlite'));
    db.pragma('user_version = 99990');
    db.close();
    const r = run(env);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('newer than this hub knows');
    expect(r.stderr).toContain('Hub không khởi động được / The hub did not start');
    expect(r.stdout).not.toContain('is running');
    // The old script waited 30 s for a dead hub; this one stops when the hub does.
    expect(r.seconds).toBeLessThan(25);
    expect(await listening(Number(env.LUOT_PRINTER_PORT))).toBe(false);
    expect(await listening(Number(env.LUOT_AGENT_PORT))).toBe(false);
  });

  it('starts a demo hall, prints its URLs and demo credentials, and stops the hub, agent and printer with it', { timeout: 120_000 }, async () => {
    const env = await settings();
    const hall: ChildProcess = spawn('bash', ['scripts/start-hall.sh'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    hall.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    hall.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((ok) => hall.once('exit', (code) => ok(code)));
    try {
      await new Promise<void>((ok, fail) => {
        const timer = setInterval(() => {
          if (out.includes('Stop: Ctrl+C')) return clearInterval(timer), ok();
          if (hall.exitCode !== null) return clearInterval(timer), fail(new Error(`start-hall exited ${hall.exitCode}:\n${out}\n${err}`));
        }, 100);
      });
      const base = `http://localhost:${env.LUOT_PORT}`;
      expect(out).toContain('Lượt — demo hall is running');
      expect(out).toContain(`${base}/kiosk/?token=demo-kiosk-token-1&agent=http://127.0.0.1:${env.LUOT_AGENT_PORT}&agentToken=`);
      for (const path of ['/counter/', '/display/?token=demo-display-token-1', '/admin/', '/printed/', '/d/']) expect(out).toContain(`${base}${path}`);
      for (const credential of ['canbo01', 'luot-demo', 'giamsat / luot-demo', 'admin / luot-demo']) expect(out).toContain(credential);

      const health = await fetch(`http://127.0.0.1:${env.LUOT_PORT}/healthz`);
      expect(health.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${env.LUOT_PORT}/printed/`)).status).toBe(401);
      // It asked the hub for the demo (LUOT_DEMO=1): the banner says so, and so does every page.
      expect(out).toContain('★ DEMO');
      expect(await (await fetch(`http://127.0.0.1:${env.LUOT_PORT}/d/`)).text()).toContain('data-luot-demo');
      for (const port of [env.LUOT_PORT, env.LUOT_PRINTER_PORT, env.LUOT_AGENT_PORT]) expect(await listening(Number(port))).toBe(true);
      const children = childrenOf(hall.pid!);
      expect(children.length).toBeGreaterThanOrEqual(3);

      hall.kill('SIGTERM');
      expect(await exited).not.toBe(0);
      for (const port of [env.LUOT_PORT, env.LUOT_PRINTER_PORT, env.LUOT_AGENT_PORT]) expect(await listening(Number(port))).toBe(false);
      expect(children.filter(alive)).toEqual([]);
    } finally {
      if (hall.exitCode === null) hall.kill('SIGKILL');
    }
  });
});
