/**
 * `npm run bench:province`: 100 simulated halls stream a busy day at once
 * into the province over HTTP (the hub's batch size, each hall sending its
 * next batch when the last is acknowledged), beside a bare COPY of the same
 * rows into the same table of the same PostgreSQL in the same run (the floor).
 * The streaming halls run in a worker thread (hall-senders.ts), as halls are
 * other machines; the catch-up's live halls stay light on the main thread.
 * Then the catch-up: one hall back after a day offline sends its backlog
 * while the others keep streaming. Figures, not a timed test. BENCH_HALLS /
 * BENCH_EVENTS / BENCH_BACKLOG change the load.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { IngestBatch } from '@luot/protocol';
import { findPostgresBin, startTestPostgres } from '@luot/testing/postgres';
import { createPool, createProvince } from '../src/index';
import { BATCH, benchEvent } from './bench-events';
import { postgresCpuMs, selfCpuMs } from './cpu-meter';

const HALLS = Number(process.env.BENCH_HALLS ?? 100);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const pg = await startTestPostgres();
const pool = createPool(pg.url, 20);
const province = await createProvince({ pool, log: (m, e) => console.error(m, e) });
const url = `http://127.0.0.1:${await province.listen(0, '127.0.0.1')}/api/v1/ingest`;
const tokens = await Promise.all(Array.from({ length: HALLS }, async (_, i) => (await province.halls.enrol(`hall-${i}`, `Hall ${i}`)).token));

const total = HALLS * EVENTS;
// The halls stream from a worker thread (hall-senders.ts): other machines in a province, not the server's event loop.
const halls = new Worker(new URL('./hall-senders.ts', import.meta.url), { workerData: { url, tokens, events: EVENTS }, execArgv: ['--import', 'tsx'] });
const fromHalls = (): Promise<{ ready?: true; done?: true; error?: string }> => new Promise((resolve, reject) => {
  halls.once('message', resolve);
  halls.once('error', reject);
});
if ((await fromHalls()).ready !== true) throw new Error('the halls did not get ready');
const postmaster = (await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")).rows[0]!.pid;
const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
const pgMain = parentOf(postmaster);
let cpu0 = { node: selfCpuMs(), pg: postgresCpuMs(pgMain) };
let t0 = performance.now();
const finished = fromHalls();
halls.postMessage('go');
const outcome = await finished;
if (outcome.error) throw new Error(outcome.error);
const ingestSeconds = (performance.now() - t0) / 1000;
const ingestCpu = { node: selfCpuMs() - cpu0.node, pg: postgresCpuMs(pgMain) - cpu0.pg };
await halls.terminate();
const stored = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]!.n;
if (stored !== total) throw new Error(`stored ${stored} of ${total}`);

// Catch-up: hall 0 comes back after a day offline with a provincial center's day of events (≈2,400 tickets,
// 15,000 events) and sends them oldest first in the hub's batches, while the other halls keep streaming live
// (10 events a second each, as small batches).
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 15_000);
const catchUpHall = await province.halls.enrol('hall-back', 'Hall back online');
let streaming = true;
async function liveHall(i: number): Promise<void> {
  let after = EVENTS;
  while (streaming) {
    const events = Array.from({ length: 10 }, (_, k) => benchEvent(i, after + k + 1));
    const body = JSON.stringify({ after, through: after + 10, events, backlog: 0, sentAt: Date.now() } satisfies IngestBatch);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` }, body });
    if (!res.ok) throw new Error(`live hall ${i}: ${res.status}`);
    await res.arrayBuffer();
    after += 10;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
const live = Array.from({ length: HALLS - 1 }, (_, i) => liveHall(i + 1));
const backlogBodies: string[] = [];
for (let after = 0; after < BACKLOG; after += BATCH) {
  const through = Math.min(BACKLOG, after + BATCH);
  const events = Array.from({ length: through - after }, (_, k) => benchEvent(HALLS, after + k + 1));
  backlogBodies.push(JSON.stringify({ after, through, events, backlog: BACKLOG - through, sentAt: Date.now() } satisfies IngestBatch));
}
t0 = performance.now();
for (const body of backlogBodies) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${catchUpHall.token}` }, body });
  if (!res.ok) throw new Error(`catch-up: ${res.status}`);
  await res.arrayBuffer();
}
const catchUpSeconds = (performance.now() - t0) / 1000;
streaming = false;
await Promise.all(live);

// The floor: the same rows, COPY'd by psql into the same (emptied) table.
await pool.query('TRUNCATE events');
const dir = mkdtempSync(join(tmpdir(), 'luot-bench-copy-'));
const csv = join(dir, 'events.csv');
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const lines: string[] = [];
for (let i = 0; i < HALLS; i++) {
  for (let seq = 1; seq <= EVENTS; seq++) {
    const e = benchEvent(i, seq);
    const t = e.event.ticket as { id: string; counter: number };
    lines.push([`hall-${i}`, seq, new Date(e.at).toISOString(), e.day, e.type, e.event.action, t.id, t.counter, quote(JSON.stringify(e.event))].join(','));
  }
}
writeFileSync(csv, lines.join('\n') + '\n');
cpu0 = { node: selfCpuMs(), pg: postgresCpuMs(pgMain) };
t0 = performance.now();
await promisify(execFile)(join(findPostgresBin(), 'psql'), [
  pg.url,
  '-q',
  '-c',
  `\\copy events (hall_id, seq, at, day, type, action, ticket_id, counter, event) FROM '${csv}' CSV`,
]);
const copySeconds = (performance.now() - t0) / 1000;
// psql's backend ends after psql does: let the postmaster reap it so its time is counted.
await new Promise((r) => setTimeout(r, 500));
const copyCpu = { psql: selfCpuMs() - cpu0.node, pg: postgresCpuMs(pgMain) - cpu0.pg };
rmSync(dir, { recursive: true, force: true });

const ingestRate = total / ingestSeconds;
const copyRate = total / copySeconds;
console.log(`Province ingest — ${HALLS} halls × ${EVENTS} events (batches of ${BATCH}), ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log(`  ingest over HTTP  ${Math.round(ingestRate).toLocaleString('en')} events/s  (${ingestSeconds.toFixed(1)} s)`);
console.log(`  bare COPY (floor) ${Math.round(copyRate).toLocaleString('en')} events/s  (${copySeconds.toFixed(1)} s)`);
console.log(`  ratio             ${(ingestRate / copyRate).toFixed(2)}× the floor (goal ≥ 0.5×)`);
const perK = (ms: number) => ((ms / total) * 1000).toFixed(1);
console.log(`  CPU per 1,000 events: ingest ${perK(ingestCpu.node + ingestCpu.pg)} ms (this process, the halls' HTTP clients included, ${perK(ingestCpu.node)}; PostgreSQL ${perK(ingestCpu.pg)})`);
console.log(`                        COPY   ${perK(copyCpu.psql + copyCpu.pg)} ms (psql ${perK(copyCpu.psql)}; PostgreSQL ${perK(copyCpu.pg)})`);
console.log(`  catch-up          ${BACKLOG.toLocaleString('en')} events of a day offline current in ${catchUpSeconds.toFixed(1)} s while ${HALLS - 1} halls streamed (goal ≤ 60 s)`);
console.log(JSON.stringify({ halls: HALLS, eventsPerHall: EVENTS, ingestRate: Math.round(ingestRate), copyRate: Math.round(copyRate), ratio: ingestRate / copyRate, ingestCpuMs: ingestCpu, copyCpuMs: copyCpu, catchUpEvents: BACKLOG, catchUpSeconds }));

await province.close();
await pool.end();
await pg.stop();
