import { describe, expect, it } from 'vitest';
import type { HallEvent, ServiceLoad, TicketView } from '@luot/protocol';
import { KioskDigest } from './kiosk-digest';

const load = (service: string, waiting: number): ServiceLoad => ({ service, waiting, estimatedWaitMinutes: null, issuing: true });
const issued = (seq: number, service: string, waiting: number): HallEvent => ({
  seq,
  at: seq * 10,
  type: 'ticket',
  action: 'issued',
  ticket: { id: `t${seq}`, service } as TicketView,
  loads: [load(service, waiting)],
});

describe("the kiosks' digest of the stream", () => {
  it('tells a span as its bounds and the newest load of each service it changed', () => {
    const digest = new KioskDigest();
    digest.add([issued(7, 'DKKD', 1), issued(8, 'DATDAI', 4)]);
    digest.add([{ seq: 9, at: 90, type: 'message', message: 'Nghỉ trưa' }, issued(10, 'DKKD', 2)]);
    expect(digest.take()).toEqual({ from: 7, to: 10, at: 100, loads: [load('DKKD', 2), load('DATDAI', 4)], resync: null });
    // Taken: the next span starts afresh.
    expect(digest.empty).toBe(true);
    expect(digest.take()).toBeNull();
    digest.add([issued(11, 'HOTICH', 1)]);
    expect(digest.take()).toEqual({ from: 11, to: 11, at: 110, loads: [load('HOTICH', 1)], resync: null });
  });

  it('marks a span that held a new day or config, so kiosks take a new snapshot', () => {
    const digest = new KioskDigest();
    digest.add([issued(3, 'DKKD', 1), { seq: 4, at: 40, type: 'config', revision: 2 }, { seq: 5, at: 50, type: 'day', day: '2026-12-08' }]);
    expect(digest.take()).toMatchObject({ from: 3, to: 5, resync: 'config' });
    digest.add([{ seq: 6, at: 60, type: 'day', day: '2026-12-09' }]);
    expect(digest.take()).toMatchObject({ from: 6, to: 6, resync: 'day', loads: [] });
    // A day opened in the batch that applied a config (the day's first command): config, so the kiosk reloads its procedures.
    digest.add([{ seq: 7, at: 70, type: 'day', day: '2026-12-10' }, { seq: 8, at: 80, type: 'config', revision: 3 }]);
    expect(digest.take()).toMatchObject({ from: 7, to: 8, resync: 'config' });
  });

  it('keeps counter events’ loads too (a counter closing changes a wait estimate)', () => {
    const digest = new KioskDigest();
    const counter = { number: 3 } as Extract<HallEvent, { type: 'counter' }>['counter'];
    digest.add([{ seq: 1, at: 5, type: 'counter', counter, loads: [{ ...load('DKKD', 4), estimatedWaitMinutes: 30 }] }]);
    expect(digest.take()?.loads).toEqual([{ ...load('DKKD', 4), estimatedWaitMinutes: 30 }]);
  });
});
