import { describe, expect, it } from 'vitest';
import { applyHallEvent } from './hall-state';
import type { HallSnapshot } from './queue';

const snapshot = { seq: 4, day: '2026-12-07', at: 0, devices: [] } as unknown as HallSnapshot;

describe("the sender's health in the hall state", () => {
  it('a sender event replaces the snapshot’s sender health, in sequence like any event', () => {
    const sender = { sender: 'http_sms', status: 'down', since: 10, lastError: 'HTTP 500' } as const;
    const outcome = applyHallEvent(snapshot, { seq: 5, at: 10, type: 'sender', sender });
    expect(outcome).toMatchObject({ kind: 'applied', state: { seq: 5, sender } });
    expect(applyHallEvent(snapshot, { seq: 7, at: 10, type: 'sender', sender })).toEqual({ kind: 'gap', expected: 5, got: 7 });
  });
});
