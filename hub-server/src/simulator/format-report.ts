/** The report as a table for people reading a terminal. */
import type { SimulationReport } from './report';
import type { SimulationProgress } from './simulate-day';

const minutes = (m: number | null) => (m === null ? '—' : `${m} min`);

export function formatProgress(p: SimulationProgress): string {
  return `[${p.clock}] cấp số/issued ${p.issued} · đã phục vụ/served ${p.served} · vắng/no-show ${p.noShows} · đang chờ/in queue ${p.inQueue} · lệnh/commands ${p.commands} · lỗi/errors ${p.errors}`;
}

export function formatReport(r: SimulationReport): string {
  const rows: Array<[string, string]> = [
    ['Ngày / day', `${r.day} ${r.simulatedFrom}–${r.simulatedUntil} (×${r.speed}, seed ${r.seed}, ${(r.realDurationMs / 1000).toFixed(1)} s real)`],
    ['Quầy / counters', r.counters.join(', ')],
    ['Dự kiến / planned', String(r.tickets.planned)],
    ['Đã cấp số / issued', `${r.tickets.issued} (ưu tiên/priority ${r.tickets.priority})`],
    ['Từ chối / refused', String(r.tickets.refused)],
    ['Đã gọi / called', String(r.tickets.called)],
    ['Đã phục vụ / served', String(r.tickets.served)],
    ['Vắng mặt / no-shows', String(r.tickets.noShows)],
    ['Chuyển / transfers', String(r.tickets.transfers)],
    ['Còn chờ / still waiting', String(r.tickets.stillWaiting)],
    ['Đánh giá / ratings', `${r.ratings.recorded} (${Object.entries(r.ratings.byValue).map(([v, n]) => `${v}★ ${n}`).join(', ') || '—'}; không trả lời/no answer ${r.ratings.noAnswer})`],
    ['Chờ TB / avg wait', `${minutes(r.times.averageWaitMinutes)} (max ${minutes(r.times.maxWaitMinutes)})`],
    ['Phục vụ TB / avg service', minutes(r.times.averageServiceMinutes)],
    ['Lệnh / commands', `${r.commands.sent} (ok ${r.commands.ok}, failed ${r.commands.failed}, retried ${r.commands.retried}; logins ${r.commands.logins})`],
    ['Lỗi / errors', r.errors.total === 0 ? '0' : `${r.errors.total} (${Object.entries(r.errors.byCode).map(([c, n]) => `${c} ${n}`).join(', ')}; unexpected ${r.errors.unexpected})`],
    ['Kiểm tra / checks', `double calls ${r.checks.doubleCalls}, sequence gaps ${r.checks.sequenceGaps}, unaccounted ${r.checks.unaccounted}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  const services = r.perService.map(
    (s) => `  ${s.service.padEnd(22)} ${String(s.issued).padStart(5)} ${String(s.served).padStart(7)} ${String(s.noShows).padStart(8)}   ${minutes(s.averageWaitMinutes)}`,
  );
  return [...lines, '', `  ${'service'.padEnd(22)} issued  served  no-show   avg wait`, ...services].join('\n');
}

/** A day is clean when nothing unexpected happened and every ticket is accounted for. */
export function isCleanDay(r: SimulationReport): boolean {
  return r.errors.unexpected === 0 && r.checks.doubleCalls === 0 && r.checks.sequenceGaps === 0 && r.checks.unaccounted === 0;
}
