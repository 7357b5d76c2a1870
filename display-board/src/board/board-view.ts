/**
 * What the screen shows, computed from the model, the board's filter and the
 * time: pure, so the rules (filtering, which call flashes) are unit-tested.
 */
import type { CallView, CounterState, HallSnapshot } from '@luot/protocol';
import { callKey, type BoardModel } from './board-model';
import type { BoardFilter } from './board-settings';

export interface CallRow {
  key: string;
  code: string;
  counter: number;
  counterName: string;
  recall: number;
}

export interface CounterRow {
  number: number;
  name: string;
  state: CounterState;
  /** The ticket now at the counter (called or serving), or null. */
  code: string | null;
}

export interface WaitingRow {
  service: string;
  name: string;
  prefix: string;
  waiting: number;
}

export interface BoardView {
  hallName: string;
  /** The hall's logo (a PNG or SVG data URL from its config), shown beside its name; null when it has none. */
  hallLogo: string | null;
  latest: (CallRow & { flashing: boolean }) | null;
  recent: CallRow[];
  counters: CounterRow[];
  waiting: WaitingRow[];
  message: string | null;
  connected: boolean;
  hasSnapshot: boolean;
}

export function counterVisible(filter: BoardFilter, counter: { number: number; area: string }): boolean {
  if (filter.counters && !filter.counters.includes(counter.number)) return false;
  if (filter.area !== null && counter.area !== filter.area) return false;
  return true;
}

/** Whether a call belongs on this board (its counter passes the filter). */
export function callVisible(filter: BoardFilter, snapshot: HallSnapshot | null, call: CallView): boolean {
  if (!filter.area && !filter.counters) return true;
  const counter = snapshot?.counters.find((c) => c.number === call.counter);
  // An unknown counter can only pass a pure counter-number filter.
  return counter ? counterVisible(filter, counter) : filter.area === null && (filter.counters?.includes(call.counter) ?? false);
}

export function buildBoardView(
  model: BoardModel,
  filter: BoardFilter,
  opts: { now: number; flashMs: number; recentCount: number },
): BoardView {
  const s = model.snapshot;
  if (!s) {
    return { hallName: '', hallLogo: null, latest: null, recent: [], counters: [], waiting: [], message: null, connected: model.connected, hasSnapshot: false };
  }
  const counterName = (n: number) => s.counters.find((c) => c.number === n)?.name.vi ?? `Quầy ${n}`;
  const row = (c: CallView): CallRow => ({ key: callKey(c), code: c.code, counter: c.counter, counterName: counterName(c.counter), recall: c.recall });

  const calls = s.recentCalls.filter((c) => callVisible(filter, s, c));
  const latestCall = calls[0];
  let latest: BoardView['latest'] = null;
  if (latestCall) {
    const live = model.live.find((l) => callKey(l.call) === callKey(latestCall));
    latest = { ...row(latestCall), flashing: live !== undefined && opts.now - live.receivedAt < opts.flashMs };
  }
  // The list shows each ticket once (a recall moves it up, not twice), after the latest.
  const seen = new Set<string>(latestCall ? [latestCall.ticketId] : []);
  const recent: CallRow[] = [];
  for (const c of calls.slice(1)) {
    if (recent.length >= opts.recentCount || seen.has(c.ticketId)) continue;
    seen.add(c.ticketId);
    recent.push(row(c));
  }

  const codeOf = (id: string | null) => (id ? s.tickets.find((t) => t.id === id)?.code ?? null : null);
  const visibleCounters = s.counters.filter((c) => counterVisible(filter, c));
  const counters: CounterRow[] = visibleCounters
    .filter((c) => c.state !== 'closed')
    .sort((a, b) => a.number - b.number)
    .map((c) => ({ number: c.number, name: c.name.vi, state: c.state, code: codeOf(c.currentTicketId) }));

  const filtered = filter.area !== null || filter.counters !== null;
  const servedHere = new Set<string>();
  visibleCounters.forEach((c) => c.services.forEach((svc) => servedHere.add(svc))); // no Array#flatMap on old TVs
  const waiting: WaitingRow[] = s.services
    .filter((svc) => !filtered || servedHere.has(svc.code))
    .map((svc) => ({ service: svc.code, name: svc.name.vi, prefix: svc.prefix, waiting: s.loads.find((l) => l.service === svc.code)?.waiting ?? 0 }));

  return { hallName: s.hall.name.vi, hallLogo: s.hall.logo ?? null, latest, recent, counters, waiting, message: s.message, connected: model.connected, hasSnapshot: true };
}

/**
 * Counter names are "Quầy 1 — Kế hoạch và Đầu tư": the board shows
 * "Quầy 1" large and the rest small.
 */
export function splitCounterName(number: number, name: string): { title: string; detail: string | null } {
  const m = /^\s*(.*?)\s*[—–-]\s+(.+)$/.exec(name);
  if (m && m[1] && m[2]) return { title: m[1], detail: m[2] };
  const plain = name.trim();
  if (!plain || plain === `Quầy ${number}`) return { title: `Quầy ${number}`, detail: null };
  return { title: `Quầy ${number}`, detail: plain };
}
