import { describe, expect, it } from 'vitest';
import { awaitsCitizen, isAutoStarted } from './ticket-stage';

describe('ticket stage', () => {
  it('reads a ticket serving since its call as auto-started and still awaiting the citizen', () => {
    const auto = { state: 'serving' as const, calledAt: 100, servingAt: 100 };
    expect(isAutoStarted(auto)).toBe(true);
    expect(awaitsCitizen(auto)).toBe(true);
  });

  it('reads a ticket served after its call as served, and a called one as awaiting', () => {
    expect(isAutoStarted({ state: 'serving', calledAt: 100, servingAt: 101 })).toBe(false);
    expect(awaitsCitizen({ state: 'serving', calledAt: 100, servingAt: 101 })).toBe(false);
    expect(awaitsCitizen({ state: 'called', calledAt: 100, servingAt: null })).toBe(true);
    expect(awaitsCitizen({ state: 'waiting', calledAt: null, servingAt: null })).toBe(false);
  });
});
