/** A small hall snapshot and event makers for the board's unit tests. */
import type { CallView, CounterView, HallEvent, HallSnapshot, TicketView } from '@luot/protocol/plain';

export const counter = (number: number, area: string, services: string[], state: CounterView['state'] = 'open'): CounterView => ({
  number,
  name: { vi: `Quầy ${number}`, en: `Counter ${number}` },
  area,
  services,
  state,
  pauseReason: null,
  officer: null,
  currentTicketId: null,
});

export const ticket = (id: string, code: string, service: string, state: TicketView['state'], counterNo: number | null): TicketView => ({
  id,
  day: '2026-11-23',
  service,
  number: Number(code.replace(/\D/g, '')),
  code,
  priority: 'none',
  source: 'kiosk',
  state,
  issuedAt: 0,
  queuedAt: 0,
  calledAt: null,
  servingAt: null,
  finishedAt: null,
  counter: counterNo,
  recallCount: 0,
  targetCounter: null,
  outcome: null,
  rating: null,
  dossierId: null,
});

/** A call as the hub sends it in this hall, whose services number with 3 digits ("A1015" is A1 + 015). */
export const callOf = (ticketId: string, code: string, counterNo: number, recall = 0, at = 1000): CallView => ({
  ticketId,
  code,
  prefix: code.slice(0, -3),
  number: Number(code.slice(-3)),
  service: code.startsWith('B') ? 'B' : 'A',
  counter: counterNo,
  at,
  recall,
});

export function hallSnapshot(over: Partial<HallSnapshot> = {}): HallSnapshot {
  return {
    seq: 10,
    day: '2026-11-23',
    at: Date.UTC(2026, 10, 23, 2, 0), // Monday 09:00 in Vietnam
    hall: { name: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Service Center' }, address: '', ratingScale: 3, ratingTimeoutSeconds: 30, autoStartServing: false, recallLimit: 3, publicUrl: '' },
    departments: [],
    services: [
      { code: 'A', name: { vi: 'Đăng ký kinh doanh', en: 'Business registration' }, department: 'd', prefix: 'A', numberWidth: 3, dailyCap: 999, priorities: ['none'] },
      { code: 'B', name: { vi: 'Đất đai', en: 'Land' }, department: 'd', prefix: 'B', numberWidth: 3, dailyCap: 999, priorities: ['none'] },
    ],
    loads: [
      { service: 'A', waiting: 4, estimatedWaitMinutes: 10, issuing: true },
      { service: 'B', waiting: 7, estimatedWaitMinutes: 20, issuing: true },
    ],
    counters: [counter(1, 'tang-1', ['A']), counter(2, 'tang-1', ['A', 'B']), counter(3, 'tang-2', ['B']), counter(4, 'tang-2', ['B'], 'closed')],
    tickets: [],
    recentCalls: [callOf('t1', 'A001', 1)],
    message: 'Chào mừng quý khách',
    devices: [],
    ...over,
  };
}

export const callEvent = (seq: number, call: CallView, action: 'called' | 'recalled' = 'called'): HallEvent => ({
  seq,
  at: 2000 + seq,
  type: 'ticket',
  action,
  ticket: { ...ticket(call.ticketId, call.code, call.service, 'called', call.counter), recallCount: call.recall },
  loads: [],
  call,
});
