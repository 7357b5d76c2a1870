import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNOUNCEMENT_SETTINGS } from '../voice/announcement';
import { Announcer } from '../voice/announcer';
import { callEvent, callOf, hallSnapshot } from '../board/hall-fixture';
import { BoardStore } from './board-store';

const setUp = (filter = { area: null as string | null, counters: null as number[] | null }) => {
  const announcer = new Announcer({ backend: { name: 'test', play: () => Promise.resolve() }, settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
  const store = new BoardStore(filter, announcer);
  let requests = 0;
  store.requestSnapshot = () => requests++;
  store.dispatch({ type: 'connected' });
  store.dispatch({ type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 });
  return { store, announcer, requests: () => requests };
};

describe('BoardStore', () => {
  it('announces only the calls of counters this board shows', () => {
    const { store, announcer } = setUp({ area: 'tang-2', counters: null });
    store.dispatch({ type: 'event', event: callEvent(11, callOf('t2', 'A002', 1)), receivedAt: 1 });
    store.dispatch({ type: 'event', event: callEvent(12, callOf('t3', 'B003', 3)), receivedAt: 2 });
    expect(announcer.history.map((r) => r.code)).toEqual(['B003']);
  });

  it('reads a call with its service\'s prefix from the snapshot ("A1" + "015", not "A" + "1015")', () => {
    const announcer = new Announcer({ backend: { name: 'test', play: () => Promise.resolve() }, settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    const store = new BoardStore({ area: null, counters: null }, announcer);
    const base = hallSnapshot();
    const services = base.services.map((s) => (s.code === 'A' ? { ...s, prefix: 'A1' } : s));
    store.dispatch({ type: 'connected' });
    store.dispatch({ type: 'snapshot', snapshot: { ...base, services }, receivedAt: 0 });
    store.dispatch({ type: 'event', event: callEvent(11, callOf('t2', 'A1015', 1)), receivedAt: 1 });
    expect(announcer.history.map((r) => r.text)).toEqual(['Mời công dân có số thứ tự a một mười lăm đến quầy số một']);
  });

  it('asks the hub for a snapshot on a gap and tells subscribers of every change', () => {
    const { store, requests } = setUp();
    let changes = 0;
    store.subscribe(() => changes++);
    store.dispatch({ type: 'event', event: callEvent(15, callOf('t2', 'A002', 1)), receivedAt: 1 });
    expect(requests()).toBe(1);
    expect(changes).toBe(1);
    store.setRefusal({ code: 'unauthenticated', message: { vi: 'x', en: 'x' } });
    expect(store.getRefusal()?.code).toBe('unauthenticated');
    expect(changes).toBe(2);
  });
});
