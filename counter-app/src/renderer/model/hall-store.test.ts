import { describe, expect, it } from 'vitest';
import type { HallEvent, HallSnapshot } from '@luot/protocol';
import { HallStore } from './hall-store';
import { ticket } from './test-tickets';

const snapshot = (seq: number, at = 50_000): HallSnapshot => ({
  seq,
  day: '2025-03-03',
  at,
  hall: { name: { vi: 'Sảnh', en: 'Hall' }, address: '', ratingScale: 3, ratingTimeoutSeconds: 30, autoStartServing: false, recallLimit: 3, publicUrl: '' },
  departments: [],
  services: [],
  loads: [],
  counters: [],
  tickets: [],
  recentCalls: [],
  message: null,
  devices: [],
});

describe('HallStore', () => {
  it('applies events in order and asks for a snapshot on a gap', () => {
    const store = new HallStore(() => 0);
    store.setSnapshot(snapshot(10));
    const t = ticket();
    const seen: HallEvent[] = [];
    store.onEvent((e) => seen.push(e));
    expect(store.applyEvent({ seq: 11, at: 60_000, type: 'ticket', action: 'issued', ticket: t, loads: [] })).toBe(
      'applied',
    );
    expect(store.getState()?.tickets).toEqual([t]);
    expect(store.applyEvent({ seq: 11, at: 60_000, type: 'message', message: 'x' })).toBe('stale');
    expect(store.applyEvent({ seq: 13, at: 60_000, type: 'message', message: 'x' })).toBe('needs-snapshot');
    expect(seen).toHaveLength(1);
  });

  it('asks for a snapshot on a new day and before the first one', () => {
    const store = new HallStore();
    expect(store.applyEvent({ seq: 1, at: 0, type: 'message', message: null })).toBe('needs-snapshot');
    store.setSnapshot(snapshot(1));
    expect(store.applyEvent({ seq: 2, at: 0, type: 'day', day: '2025-03-04' })).toBe('needs-snapshot');
  });

  it('follows the hub clock, not the local one', () => {
    let local = 1_000;
    const store = new HallStore(() => local);
    store.setSnapshot(snapshot(1, 500_000));
    local = 3_000;
    expect(store.hubNow()).toBe(502_000);
  });

  it('ignores an older snapshot of the same day', () => {
    const store = new HallStore();
    store.setSnapshot(snapshot(5));
    store.setSnapshot(snapshot(3));
    expect(store.getState()?.seq).toBe(5);
  });
});
