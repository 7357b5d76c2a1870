/**
 * Ticket issue alone (`npm run bench -- --only issue`): the same measure as
 * the full bench's first step, without the rest, so a change to the issue
 * path can be judged in a few minutes on a shared machine.
 *
 * Besides tickets/s it reads the hub's own CPU time from /proc for each round
 * (µs a ticket), which other work on the machine does not stretch. Given
 * `--bundle a.mjs,b.mjs` it starts one hub per build and takes their rounds in
 * turn with the bare floor, so two builds are compared in the same minutes.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openBareCommits } from './bare-commit';
import { writeBenchHall } from './bench-hall';
import { startHubProcess, type HubProcess } from './hub-process';
import { openIssueKiosks, type IssueKiosks } from './issue-bench';
import { cpuMsOf } from './startup-bench';
import { median, round } from './stats';

export interface IssueAloneOptions {
  /** Builds to compare; `undefined` is the checkout's own (dist/main.mjs, rebuilt when the sources changed). */
  bundles: (string | undefined)[];
  rounds: number;
  perKiosk: number;
  bareCommits: number;
  /** Extra node flags for every hub, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
  nodeArgs?: string[];
}

export interface IssueAloneBuild {
  bundle: string;
  ticketsPerSec: number;
  /** The hub's CPU time (user + system) per issued ticket, median of the rounds. */
  hubCpuUsPerTicket: number;
  ratio: number;
  errors: number;
  rounds: { ticketsPerSec: number; hubCpuUsPerTicket: number }[];
}

export interface IssueAloneResult {
  bareCommitsPerSec: number;
  bareRounds: number[];
  /** The bench process's own CPU per ticket (the kiosks' side: hub-client, socket.io-client). */
  clientCpuUsPerTicket: number;
  builds: IssueAloneBuild[];
  /** One-minute load average at the start and at the end. */
  loadAverage: [number, number];
}

interface Running {
  bundle: string;
  hub: HubProcess;
  kiosks: IssueKiosks;
  rounds: { ticketsPerSec: number; hubCpuUsPerTicket: number }[];
  errors: number;
}

export async function issueAlone(dir: string, options: IssueAloneOptions, log: (msg: string) => void): Promise<IssueAloneResult> {
  const loadAtStart = round(loadavg()[0]!);
  const configPath = writeBenchHall(dir, { counters: 1 });
  const running: Running[] = [];
  try {
    for (const [i, bundle] of options.bundles.entries()) {
      const hub = await startHubProcess({ dataDir: join(dir, `issue-data-${i}`), configPath, bundle, nodeArgs: options.nodeArgs });
      running.push({ bundle: bundle ?? 'dist/main.mjs', hub, kiosks: await openIssueKiosks(hub.url), rounds: [], errors: 0 });
    }
    const bare = openBareCommits(dir);
    const bareRounds: number[] = [];
    let clientCpuUs = 0;
    let tickets = 0;
    for (let r = 0; r < options.rounds; r++) {
      // Each round starts with another build, so none always runs first after the floor's fsyncs.
      for (const b of [...running.slice(r % running.length), ...running.slice(0, r % running.length)]) {
        const cpuBefore = cpuMsOf(b.hub.pid());
        const ownBefore = process.cpuUsage();
        const run = await b.kiosks.run(options.perKiosk);
        const own = process.cpuUsage(ownBefore);
        const hubCpuUsPerTicket = ((cpuMsOf(b.hub.pid()) - cpuBefore) * 1000) / run.tickets;
        clientCpuUs += own.user + own.system;
        tickets += run.tickets;
        b.rounds.push({ ticketsPerSec: round(run.ticketsPerSec, 0), hubCpuUsPerTicket: round(hubCpuUsPerTicket, 0) });
        b.errors += run.errors;
        log(`  round ${r + 1} ${b.bundle}: ${round(run.ticketsPerSec, 0)} tickets/s, hub CPU ${round(hubCpuUsPerTicket, 0)} µs a ticket`);
      }
      bareRounds.push(round(bare.rate(options.bareCommits), 0));
      log(`  round ${r + 1} bare: ${bareRounds.at(-1)} commits/s`);
    }
    bare.close();
    const bareCommitsPerSec = median(bareRounds);
    return {
      bareCommitsPerSec,
      bareRounds,
      clientCpuUsPerTicket: round(clientCpuUs / tickets, 0),
      builds: running.map((b) => {
        const ticketsPerSec = median(b.rounds.map((x) => x.ticketsPerSec));
        return {
          bundle: b.bundle,
          ticketsPerSec,
          hubCpuUsPerTicket: median(b.rounds.map((x) => x.hubCpuUsPerTicket)),
          ratio: round(ticketsPerSec / bareCommitsPerSec),
          errors: b.errors,
          rounds: b.rounds,
        };
      }),
      loadAverage: [loadAtStart, round(loadavg()[0]!)],
    };
  } finally {
    for (const b of running) {
      b.kiosks.close();
      await b.hub.stop();
    }
  }
}
