/**
 * `npm run bench:province-year`: a province's year — a provincial center of
 * 600,000 tickets and 100 commune halls of 25,000 each over 2026's working
 * days — written as the halls' final ticket events straight into PostgreSQL
 * (streaming 3.1 million tickets over HTTP would take the bench's whole
 * budget; ingest has its own bench), folded by the province's own fold, then
 * a month's report across all halls and the year's, over HTTP as the
 * dashboard asks them (p50/p99 of BENCH_RUNS each). Figures, not a timed
 * test; exits 1 when a goal is missed. BENCH_SCALE (default 1) shrinks the
 * year for a quick look; the reports are read as on 15 January 2027.
 */
import { cpus, loadavg } from 'node:os';
import { startTestPostgres } from '@luot/testing/postgres';
import { createPool, createProvince } from '../src/index';
import { createPartitionKeeper } from '../src/db/partitions';
import { createTicketFold } from '../src/reports/ticket-fold';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CENTER_TICKETS = Math.round(600_000 * SCALE);
const COMMUNES = 100;
const COMMUNE_TICKETS = Math.round(25_000 * SCALE);

/**
 * One hall's year as one INSERT: ticket g falls on the working day g·days/n
 * between 07:30 and 16:30 (UTC+7); its service, counter, state, wait,
 * service time, rating and officer come from fixed multiplicative hashes of g
 * (each service at two counters, each counter shared by two officers), so each
 * run writes the same year. 82 % served (60 % of them rated on a 3-level
 * scale, 20 % "no answer" recorded), 8 % no-shows, 5 % expired, 5 % cancelled.
 */
const YEAR_OF_HALL = `
  WITH t AS (
    SELECT g,
      $5::date[] AS days,
      'S' || ((g * 13) % $3) AS service,
      (g * 31) % 100 AS fate,
      -- Each service is served at two counters, as halls arrange them.
      1 + (((g * 13) % $3) * 2 + g % 2) % $4 AS counter,
      60000 * (1 + (g * 37) % 40) AS wait,
      60000 * (2 + (g * 53) % 15) AS serve,
      (g * 7) % 10 AS asked
    FROM generate_series(1::bigint, $2::bigint) AS g
  ), v AS (
    SELECT g, days[1 + ((g - 1) * cardinality(days)) / $2] AS day, service, fate, asked,
      (extract(epoch FROM days[1 + ((g - 1) * cardinality(days)) / $2]::timestamp AT TIME ZONE 'UTC') * 1000)::bigint + 1800000 + 60000 * ((g * 7919) % 540) AS issued,
      wait, serve,
      CASE WHEN fate < 82 THEN 'done' WHEN fate < 90 THEN 'no_show' WHEN fate < 95 THEN 'expired' ELSE 'cancelled' END AS state,
      CASE WHEN fate < 90 THEN counter END AS counter
    FROM t
  ), e AS (
    SELECT g, day, service, state, counter, issued,
      CASE WHEN counter IS NOT NULL THEN issued + wait END AS called,
      CASE WHEN state = 'done' THEN issued + wait END AS serving,
      CASE WHEN state = 'done' THEN issued + wait + serve END AS finished,
      CASE WHEN state = 'done' AND asked < 6 THEN 1 + (g * 11) % 3 END AS rating,
      CASE WHEN state = 'done' AND asked < 8 THEN 'rated' WHEN state = 'done' THEN 'finished' ELSE state END AS action
    FROM v
  )
  INSERT INTO events (hall_id, seq, at, day, type, action, ticket_id, counter, event)
  SELECT $1, g, to_timestamp(coalesce(finished, called, issued) / 1000.0), day, 'ticket', action, 't' || g, counter,
    jsonb_build_object('type', 'ticket', 'at', coalesce(finished, called, issued), 'action', action, 'loads', '[]'::jsonb,
      'ticket', jsonb_build_object('id', 't' || g, 'day', day::text, 'service', service, 'state', state, 'counter', counter,
        'issuedAt', issued, 'calledAt', called, 'servingAt', serving, 'finishedAt', finished, 'rating', rating,
        'priority', 'normal', 'source', 'kiosk', 'recallCount', 0, 'outcome', null, 'dossierId', null),
      -- Two officers share each counter (morning and afternoon shifts, by a hash of g): per-officer day groups.
      'officer', CASE WHEN counter IS NOT NULL THEN jsonb_build_object('id', 'u' || counter || CASE WHEN (g * 3) % 4 < 2 THEN 'a' ELSE 'b' END, 'name', 'Cán bộ ' || counter) END)
  FROM e`;

const pg = await startTestPostgres();
const pool = createPool(pg.url, 10);
// The province reads the year in mid-January 2027, when every ticket of 2026 is long finished (the generated
// year runs to 31 December, which would still be ahead of today's clock).
const province = await createProvince({ pool, adminPassword: 'bench-admin-pass', foldEveryMs: 0, now: () => Date.parse('2027-01-15T02:00:00Z'), log: (m, e) => console.error(m, e) });
const base = `http://127.0.0.1:${await province.listen(0, '127.0.0.1')}`;
await createPartitionKeeper(pool).ensure(Array.from({ length: 13 }, (_, m) => Date.UTC(2026, m, 15)));

/** 2026's weekdays: the halls' working days (holidays left in: they only move tickets between days). */
const WORKING_DAYS = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)))
  .filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6)
  .map((d) => d.toISOString().slice(0, 10));

const halls = [{ id: 'trung-tam-tinh', tickets: CENTER_TICKETS, services: 20, counters: 30 }];
for (let i = 1; i <= COMMUNES; i++) halls.push({ id: `xa-${String(i).padStart(3, '0')}`, tickets: COMMUNE_TICKETS, services: 6, counters: 4 });

let t0 = performance.now();
for (const h of halls) {
  await province.halls.enrol(h.id, h.id);
  await pool.query(YEAR_OF_HALL, [h.id, h.tickets, h.services, h.counters, WORKING_DAYS]);
  await pool.query('UPDATE hall_links SET acked_seq = $2 WHERE hall_id = $1', [h.id, h.tickets]);
}
await pool.query('VACUUM ANALYZE events');
const writeSeconds = (performance.now() - t0) / 1000;
const tickets = halls.reduce((a, h) => a + h.tickets, 0);

t0 = performance.now();
const folded = await createTicketFold(pool).run();
await pool.query('VACUUM ANALYZE ticket_finals');
const foldSeconds = (performance.now() - t0) / 1000;
if (folded.tickets !== tickets) throw new Error(`folded ${folded.tickets} of ${tickets} tickets`);

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: 'bench-admin-pass' }),
});
const { token } = (await login.json()) as { token: string };

async function timeReport(from: string, to: string): Promise<{ p50: number; p99: number; issued: number }> {
  const times: number[] = [];
  let issued = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const res = await fetch(`${base}/api/v1/reports/period?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { totals: { issued: number } };
    times.push(performance.now() - start);
    if (!res.ok) throw new Error(`report ${from}..${to}: ${res.status}`);
    issued = body.totals.issued;
  }
  times.sort((a, b) => a - b);
  const rank = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: rank(0.5), p99: rank(0.99), issued };
}

const month = await timeReport('2026-11-01', '2026-11-30');
const year = await timeReport('2026-01-01', '2026-12-31');
if (year.issued !== tickets) throw new Error(`the year's report counts ${year.issued} of ${tickets} tickets`);

const goals = [
  { name: "a month's report across all halls, p99", value: Math.round(month.p99), unit: 'ms', goal: '<= 1000', met: month.p99 <= 1000 },
  { name: "the year's report across all halls, p99", value: Math.round(year.p99), unit: 'ms', goal: '<= 3000', met: year.p99 <= 3000 },
];
const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Province year — ${halls.length} halls, ${tickets.toLocaleString('en')} tickets; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${load}`);
console.log(`  written in ${writeSeconds.toFixed(1)} s; folded in ${foldSeconds.toFixed(1)} s (${Math.round(tickets / foldSeconds).toLocaleString('en')} tickets/s)`);
console.log(`  month (Nov, ${month.issued.toLocaleString('en')} tickets)  p50 ${month.p50.toFixed(0)} ms  p99 ${month.p99.toFixed(0)} ms  (${RUNS} runs)`);
console.log(`  year  (${year.issued.toLocaleString('en')} tickets)  p50 ${year.p50.toFixed(0)} ms  p99 ${year.p99.toFixed(0)} ms  (${RUNS} runs)`);
for (const g of goals) console.log(`  goal ${g.name}: ${g.value} ${g.unit} (${g.goal}) — ${g.met ? 'met' : 'MISSED'}`);
console.log(JSON.stringify({ halls: halls.length, tickets, writeSeconds, foldSeconds, month, year, goals }));

await province.close();
await pool.end();
await pg.stop();
if (goals.some((g) => !g.met)) process.exitCode = 1;
