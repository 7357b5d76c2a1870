/**
 * `npm run bench:link -w @luot/hub-server`: the hub's ticket issue rate with
 * its province link up and streaming, beside the same hall with no province
 * configured, in the same run (rounds taken in turn). The province here is a
 * stand-in that acknowledges every batch at once: what is measured is what
 * shipping costs the hall's machine, not the province's speed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchHall } from './bench-hall';
import { killAllChildren, startHubProcess } from './hub-process';
import { openIssueKiosks } from './issue-bench';
import { median, round } from './stats';

const ROUNDS = 5;
const PER_KIOSK = 200;

let shipped = 0;
const province = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    const batch = JSON.parse(body) as { through: number; events: unknown[] };
    shipped += batch.events.length;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ acked: batch.through }));
  });
});
await new Promise<void>((resolve) => province.listen(0, '127.0.0.1', resolve));
const provinceUrl = `http://127.0.0.1:${(province.address() as AddressInfo).port}`;

const dir = mkdtempSync(join(tmpdir(), 'luot-link-bench-'));
try {
  const configPath = writeBenchHall(dir, { counters: 1 });
  const alone = await startHubProcess({ dataDir: join(dir, 'alone'), configPath });
  const linked = await startHubProcess({
    dataDir: join(dir, 'linked'),
    configPath,
    env: { LUOT_PROVINCE_URL: provinceUrl, LUOT_PROVINCE_TOKEN: 'hall_bench' },
  });
  const kiosksAlone = await openIssueKiosks(alone.url);
  const kiosksLinked = await openIssueKiosks(linked.url);
  const rates = { alone: [] as number[], linked: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    rates.alone.push((await kiosksAlone.run(PER_KIOSK)).ticketsPerSec);
    rates.linked.push((await kiosksLinked.run(PER_KIOSK)).ticketsPerSec);
  }
  kiosksAlone.close();
  kiosksLinked.close();
  await alone.stop();
  await linked.stop();
  const a = median(rates.alone);
  const l = median(rates.linked);
  console.log(`Hub issue rate, median of ${ROUNDS} rounds of ${PER_KIOSK * 10} tickets (10 kiosks):`);
  console.log(`  no province      ${round(a, 1)} tickets/s`);
  console.log(`  link streaming   ${round(l, 1)} tickets/s  (${shipped} events shipped during the run)`);
  console.log(`  difference       ${round((1 - l / a) * 100, 1)}% (goal: within 5%)`);
  console.log(JSON.stringify({ aloneTicketsPerSec: round(a, 1), linkedTicketsPerSec: round(l, 1), shipped, slowdownPercent: round((1 - l / a) * 100, 1) }));
} finally {
  killAllChildren();
  province.close();
  rmSync(dir, { recursive: true, force: true });
}
