/**
 * A real PostgreSQL for tests: initdb in a temporary directory, a free port
 * on 127.0.0.1, tuned for speed over durability (the data is thrown away).
 * `initdb` refuses to run as root, and the tests run as root in CI: then the
 * server runs as an unprivileged system user made for it (`luot-pg`).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The unprivileged user the server runs as when the tests run as root. */
export const TEST_PG_USER = 'luot-pg';

export interface TestPostgres {
  /** Connection URL of the `postgres` database (superuser `postgres`, no password). */
  url: string;
  port: number;
  /** Makes a new empty database and returns its URL: one per test keeps tests apart on one server. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server at once and removes its directory; safe to call twice. */
  stop(): Promise<void>;
}

/** The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<major>/bin), or LUOT_PG_BIN. */
export function findPostgresBin(): string {
  const fromEnv = process.env.LUOT_PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors[0] === undefined) {
    throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb): run scripts/setup.sh or apt-get install postgresql.');
  }
  return join(root, majors[0], 'bin');
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Creates the system user once; two test files racing to create it both end up with it. */
function ensureUser(): void {
  const exists = () => {
    try {
      execFileSync('id', ['-u', TEST_PG_USER], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (exists()) return;
  try {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', TEST_PG_USER], { stdio: 'pipe' });
  } catch (e) {
    if (!exists()) throw e;
  }
}

/** Runs a PostgreSQL program, as the test user when we are root. */
function pg(bin: string, program: string, args: string[]) {
  const path = join(bin, program);
  return asRoot ? run('runuser', ['-u', TEST_PG_USER, '--', path, ...args]) : run(path, args);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let databases = 0;

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (asRoot) ensureUser();
  const dir = mkdtempSync(join(tmpdir(), 'luot-pg-'));
  const data = join(dir, 'data');
  // The server's user owns its directory (mkdtemp made it 0700 for root).
  if (asRoot) execFileSync('chown', [TEST_PG_USER, dir]);
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
      const path = join(bin, 'pg_ctl');
      if (existsSync(join(data, 'postmaster.pid'))) {
        if (asRoot) execFileSync('runuser', ['-u', TEST_PG_USER, '--', path, ...args], { stdio: 'ignore' });
        else execFileSync(path, args, { stdio: 'ignore' });
      }
    } catch {
      // Already gone: nothing to stop.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test process that dies without stop() must not leave a server behind.
  process.once('exit', stopNow);
  try {
    await pg(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    let port = 0;
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        // Thrown away after the test: durability buys nothing here.
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=100',
        '-c shared_buffers=32MB',
      ].join(' ');
      try {
        await pg(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start']);
        break;
      } catch (e) {
        // Another process may have taken the port between our probe and the start.
        if (attempt >= 2) throw new Error(`PostgreSQL did not start: ${(e as Error).message}\n${readLog(dir)}`, { cause: e });
      }
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      async createDatabase(name = `test_${process.pid}_${++databases}`) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
        await pg(bin, 'psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE ${name}`]);
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      stop() {
        process.removeListener('exit', stopNow);
        stopNow();
        return Promise.resolve();
      },
    };
  } catch (e) {
    process.removeListener('exit', stopNow);
    stopNow();
    throw e;
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000);
  } catch {
    return '';
  }
}
