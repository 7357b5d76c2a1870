/**
 * `npm run demo:province`: a throw-away PostgreSQL, the province server, three
 * demo halls (hub processes open around the clock) linked to it, and the hall
 * simulator playing a day in each. Ctrl+C stops everything and removes the
 * temporary directories.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestPostgres } from '@luot/testing/postgres';
import { createPool, createProvince } from '../src/index';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const HALLS = [
  { id: 'tinh', name: 'Trung tâm Phục vụ hành chính công tỉnh', port: 8181 },
  { id: 'xa-an-binh', name: 'Trung tâm Phục vụ hành chính công xã An Bình', port: 8182 },
  { id: 'xa-phu-my', name: 'Trung tâm Phục vụ hành chính công xã Phú Mỹ', port: 8183 },
];
const PROVINCE_PORT = Number(process.env.PROVINCE_PORT ?? 8190);
const ADMIN_PASSWORD = 'luot-demo';

const children: ChildProcess[] = [];
const dirs: string[] = [];
// However the demo ends, its hubs and simulators end with it and its folders go (PostgreSQL's helper stops the server).
process.once('exit', () => {
  for (const c of children) c.kill('SIGTERM');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function run(args: string[], env: NodeJS.ProcessEnv, quiet = true): ChildProcess {
  const child = spawn(TSX, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: quiet ? 'ignore' : 'inherit' });
  children.push(child);
  return child;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

const pg = await startTestPostgres();
const pool = createPool(pg.url);
const province = await createProvince({ pool, adminPassword: ADMIN_PASSWORD, log: (m, e) => console.error(m, e) });
await province.listen(PROVINCE_PORT);
const base = `http://localhost:${PROVINCE_PORT}`;

const work = mkdtempSync(join(tmpdir(), 'luot-province-demo-'));
dirs.push(work);
const config = join(work, 'all-day.yaml');
await new Promise<void>((done, fail) =>
  run(['hub-server/src/simulator/main.ts', '--write-all-day-config', config], {}).once('exit', (code) => (code === 0 ? done() : fail(new Error('config')))),
);
for (const [i, hall] of HALLS.entries()) {
  const { token } = await province.halls.enrol(hall.id, hall.name);
  run(['hub-server/src/main.ts'], {
    LUOT_PORT: String(hall.port),
    LUOT_DATA_DIR: join(work, hall.id),
    LUOT_CONFIG: config,
    LUOT_PROVINCE_URL: base,
    LUOT_PROVINCE_TOKEN: token,
    LUOT_LOG_LEVEL: 'warn',
  });
  await waitFor(`http://localhost:${hall.port}/healthz`);
  run(['hub-server/src/simulator/main.ts', '--hub', `http://localhost:${hall.port}`, '--speed', '240', '--seed', String(i + 1), '--tickets', String(300 + 100 * i)], {});
}

console.log(`
Lượt — demo cấp tỉnh / province demo
  Province view   ${base}/   (admin / ${ADMIN_PASSWORD})
  Live API        ${base}/api/v1/halls/live
  Halls           ${HALLS.map((h) => `http://localhost:${h.port}/admin/`).join('  ')}
  PostgreSQL      ${pg.url}
Ctrl+C to stop.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await province.close();
  await pool.end();
  await pg.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
