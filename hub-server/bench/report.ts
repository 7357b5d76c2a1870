/** The bench's output: one JSON object, then a readable table of the same figures. */
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BoardResult } from './board-bench';
import type { DayResult } from './day-bench';
import type { FanoutResult } from './fanout-bench';
import type { MemoryDaysResult } from './memory-days-bench';
import type { PaperResult } from './paper-bench';
import type { ResyncResult } from './snapshot-bench';
import type { StartupResult } from './startup-bench';
import type { YearBenchResult } from './year-bench';
import type { LatencySummary } from './stats';
import type { WeakHardwareResult } from './weak-hardware-bench';
import { goalMark, type Goal } from './goals';
import { round } from './stats';

export interface BenchReport {
  /** Every goal of the run, judged: the one list a program needs to read. */
  goals: Goal[];
  machine: { nproc: number; cpu: string; node: string; at: string };
  ticketIssue: {
    note: string;
    hubTicketsPerSec: number;
    bareCommitsPerSec: number;
    ratio: number;
    goal: string;
    met: boolean;
    tickets: number;
    errors: number;
    rounds: { hub: number; bare: number }[];
  };
  callFanout: { hub: FanoutResult; bare: FanoutResult; p99Ratio: number; goal: string; met: boolean; clients: { counters: number; displays: number; kiosks: number } };
  memory: { idleMB: number; with200ClientsMB: number; after200ResyncedMB: number; afterFanoutMB: number; note: string; goal: '<= 150 MB'; met: boolean };
  snapshot: { waitingTickets: number; bytes: number; buildMs: number; roundTripMs: number; resync: ResyncResult; goal: '<= 3000 ms'; met: boolean };
  board: BoardResult & { goal: '< 50 ms'; met: boolean | null };
  memoryDays: MemoryDaysResult;
  tapToPaper: PaperResult;
  weakHardware: WeakHardwareResult;
  startup: StartupResult & { yearDatabase: { ms: LatencySummary; cpuMs: LatencySummary } };
  /** The reports issue's year database: reports, ticket issue beside a fresh hub, the XLSX export, start-up. */
  year: YearBenchResult;
  day: DayResult & { goal: string; met: boolean | null };
  setup: { officerLoginsMs: number; connect80Ms: number; totalSeconds: number };
}

export function machine(): BenchReport['machine'] {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { nproc: availableParallelism(), cpu: model.trim(), node: process.version, at: new Date().toISOString() };
}

const mark = goalMark;

export function table(r: BenchReport): string {
  const f = r.callFanout;
  const rows: [string, string, string, string][] = [
    ['Ticket issue (10 kiosks)', `${round(r.ticketIssue.hubTicketsPerSec, 0)} tickets/s`, `${round(r.ticketIssue.bareCommitsPerSec, 0)} commits/s`, `${r.ticketIssue.ratio}× (${r.ticketIssue.goal}: ${mark(r.ticketIssue.met)})`],
    ['Call fan-out p50', `${f.hub.latencyMs.p50} ms`, `${f.bare.latencyMs.p50} ms`, ''],
    ['Call fan-out p99', `${f.hub.latencyMs.p99} ms`, `${f.bare.latencyMs.p99} ms`, `${f.p99Ratio}× (${f.goal}: ${mark(f.met)})`],
    ['Call fan-out max', `${f.hub.latencyMs.max} ms`, `${f.bare.latencyMs.max} ms`, `${f.hub.calls} calls, ${f.hub.failedCalls} failed`],
    ['Memory idle', `${r.memory.idleMB} MB`, '', ''],
    ['Memory, 200 clients', `${r.memory.with200ClientsMB} MB`, '', `≤ 150 MB: ${mark(r.memory.met)}`],
    ['Memory after fan-out', `${r.memory.afterFanoutMB} MB`, '', ''],
    ...r.memoryDays.days.map((d, i): [string, string, string, string] => [`Memory, busy day ${i + 1} (${r.memoryDays.clients} clients)`, `peak ${d.peakMB} MB`, '', `end of day ${d.endOfDayMB} MB, after rollover ${d.afterRolloverMB} MB; ${d.tickets} citizens, ${d.errors} errors`]),
    ['Snapshot (1,000 waiting)', `${r.snapshot.bytes} bytes`, '', `build ${r.snapshot.buildMs} ms, round trip ${r.snapshot.roundTripMs} ms`],
    ['Resync 200 after restart', `${r.snapshot.resync.afterUpMs} ms`, '', `≤ 3 s: ${mark(r.snapshot.met)} (down ${r.snapshot.resync.downMs} ms)`],
    ['Tap → paper (virtual printer)', `p50 ${r.tapToPaper.tapToPaperMs.p50} ms, p99 ${r.tapToPaper.tapToPaperMs.p99} ms`, `p50 ${r.tapToPaper.floorMs.p50} ms, p99 ${r.tapToPaper.floorMs.p99} ms`, `${r.tapToPaper.tickets} tickets, ${r.tapToPaper.backgroundCalls} calls meanwhile`],
    ['Ticket render', `p50 ${r.tapToPaper.renderMs.p50} ms, p99 ${r.tapToPaper.renderMs.p99} ms`, '', `${r.tapToPaper.jobBytes} bytes a job`],
    ...weakRows(r.weakHardware),
    ['Start-up to /healthz (fresh, demo hall)', `p50 ${r.startup.freshMs.p50} ms`, '', `max ${r.startup.freshMs.max} ms; hub CPU p50 ${r.startup.freshCpuMs.p50} ms`],
    ['Board DOM (Chromium)', r.board.available ? `p50 ${r.board.latencyMs.p50} ms` : r.board.reason, '', r.board.available ? `max ${r.board.latencyMs.max} ms (< 50: ${mark(r.board.met)})` : ''],
    [
      'Day replay',
      r.day.available ? `${r.day.tickets} citizens, ${r.day.commands} commands in ${r.day.seconds} s` : r.day.reason,
      '',
      r.day.available ? `${r.day.errors} errors (0: ${r.day.met ? 'met' : 'MISSED'})` : '',
    ],
  ];
  const head: [string, string, string, string] = ['measure', 'hub', 'bare', 'ratio / goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  return [
    `Lượt bench — ${r.machine.nproc} × ${r.machine.cpu}, Node ${r.machine.node}, ${r.setup.totalSeconds} s`,
    line(head),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map(line),
    '',
    goalTable(r.goals),
  ].join('\n');
}

function weakRows(w: WeakHardwareResult): [string, string, string, string][] {
  if (!w.available) return [['Weak hardware (Chromium, CPU slowed)', w.reason, '', '']];
  return [
    ...w.boards.map((b): [string, string, string, string] => [`Board ${b.screen}, CPU ${w.cpuSlowdown}× slower`, `first paint ${b.firstPaintMs} ms`, '', `call → DOM p50 ${b.callToDomMs.p50} ms, p99 ${b.callToDomMs.p99} ms`]),
    [`Kiosk ${w.kiosk.screen}, CPU ${w.cpuSlowdown}× slower`, `touch → painted p50 ${w.kiosk.touchToPaintMs.p50} ms`, '', `p99 ${w.kiosk.touchToPaintMs.p99} ms over ${w.kiosk.touchToPaintMs.count} touches`],
  ];
}

/** One line per goal: the figure, the bar and the verdict. */
export function goalTable(goals: readonly Goal[]): string {
  const rows = goals.map((g): [string, string, string, string] => [g.name, g.value === null ? '—' : `${g.value} ${g.unit}`, g.goal, g.met === null && g.note ? `n/a (${g.note})` : goalMark(g.met)]);
  const head: [string, string, string, string] = ['goal', 'value', 'bar', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}
