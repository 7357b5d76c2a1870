import { describe, expect, it } from 'vitest';
import { chooseNext, estimateWaitMinutes, peopleAhead, type Candidate, type QueueRules } from './queue-rules';

const MIN = 60_000;
const T0 = 1_000_000_000_000;
const strict: QueueRules = { priorityRule: { kind: 'strict' }, order: 'preference', starvationMinutes: 30 };
const interleave2: QueueRules = { priorityRule: { kind: 'interleave', every: 2 }, order: 'preference', starvationMinutes: 30 };

let seq = 0;
const ticket = (service: string, minutesAgo: number, extra: Partial<Candidate> = {}): Candidate => ({
  id: `t${String(seq).padStart(3, '0')}`,
  number: seq++,
  service,
  priority: 'none',
  queuedAt: T0 - minutesAgo * MIN,
  front: false,
  targetCounter: null,
  ...extra,
});
const counter = { number: 1, services: ['A', 'B'], regularStreak: 0 };

describe('chooseNext', () => {
  it('returns null when nothing the counter serves is waiting', () => {
    expect(chooseNext([ticket('C', 5)], counter, strict, T0)).toBeNull();
  });

  it('strict: a priority ticket goes first even when younger', () => {
    const old = ticket('A', 20);
    const elderly = ticket('A', 1, { priority: 'elderly' });
    expect(chooseNext([old, elderly], counter, strict, T0)?.ticket.id).toBe(elderly.id);
  });

  it('interleave: one priority ticket after every N regular ones', () => {
    const regular = [ticket('A', 20), ticket('A', 19), ticket('A', 18)];
    const prio = ticket('A', 1, { priority: 'pregnant' });
    const waiting = [...regular, prio];
    const first = chooseNext(waiting, { ...counter, regularStreak: 0 }, interleave2, T0)!;
    expect(first.ticket.id).toBe(regular[0]!.id);
    expect(first.regularStreak).toBe(1);
    const second = chooseNext(waiting.slice(1), { ...counter, regularStreak: 1 }, interleave2, T0)!;
    expect(second.ticket.id).toBe(regular[1]!.id);
    const third = chooseNext(waiting.slice(2), { ...counter, regularStreak: 2 }, interleave2, T0)!;
    expect(third.ticket.id).toBe(prio.id);
    expect(third.regularStreak).toBe(0);
  });

  it('interleave: a priority citizen never waits behind regular citizens who came later', () => {
    const elderly = ticket('A', 20, { priority: 'elderly' });
    const later = ticket('A', 5);
    expect(chooseNext([later, elderly], { ...counter, regularStreak: 0 }, interleave2, T0)?.ticket.id).toBe(elderly.id);
  });

  it('interleave: a priority ticket is called when no regular ticket waits', () => {
    const prio = ticket('B', 1, { priority: 'disability' });
    expect(chooseNext([prio], counter, interleave2, T0)?.ticket.id).toBe(prio.id);
  });

  it('preference: the first service of the counter wins over an older ticket of the second', () => {
    const b = ticket('B', 20);
    const a = ticket('A', 5);
    expect(chooseNext([b, a], counter, strict, T0)?.ticket.id).toBe(a.id);
    expect(chooseNext([b, a], { ...counter, services: ['B', 'A'] }, strict, T0)?.ticket.id).toBe(b.id);
  });

  it('oldest-first order ignores preference', () => {
    const b = ticket('B', 20);
    const a = ticket('A', 5);
    expect(chooseNext([b, a], counter, { ...strict, order: 'oldest' }, T0)?.ticket.id).toBe(b.id);
  });

  it('starvation: a ticket waiting past the limit is called before preference applies', () => {
    const starved = ticket('B', 31);
    const preferred = ticket('A', 2);
    expect(chooseNext([preferred, starved], counter, strict, T0)?.ticket.id).toBe(starved.id);
    const notYet = ticket('B', 29);
    expect(chooseNext([preferred, notYet], counter, strict, T0)?.ticket.id).toBe(preferred.id);
  });

  it('a ticket sent to the front goes first; a ticket transferred to a counter is only called there', () => {
    const old = ticket('A', 20);
    const front = ticket('A', 1, { front: true });
    expect(chooseNext([old, front], counter, strict, T0)?.ticket.id).toBe(front.id);
    const forCounter2 = ticket('A', 40, { targetCounter: 2 });
    expect(chooseNext([forCounter2, old], counter, strict, T0)?.ticket.id).toBe(old.id);
    const forCounter1 = ticket('C', 3, { targetCounter: 1 });
    expect(chooseNext([forCounter1], counter, strict, T0)?.ticket.id).toBe(forCounter1.id);
  });
});

describe('people ahead and the estimated wait', () => {
  it('counts only waiting tickets of the same service that would be called first', () => {
    const a1 = ticket('A', 10);
    const a2 = ticket('A', 5);
    const b1 = ticket('B', 20);
    const aPrio = ticket('A', 1, { priority: 'elderly' });
    const mine = ticket('A', 0);
    const waiting = [a1, a2, b1, aPrio, mine];
    expect(peopleAhead(mine, waiting, strict)).toBe(3);
    expect(peopleAhead(a1, waiting, strict)).toBe(1);
    expect(peopleAhead(a1, waiting, interleave2)).toBe(0);
  });

  it('estimates people ahead ÷ open counters × average service time, or null when no counter is open', () => {
    expect(estimateWaitMinutes(6, 2, 8 * MIN)).toBe(24);
    expect(estimateWaitMinutes(1, 3, 5 * MIN)).toBe(2);
    expect(estimateWaitMinutes(0, 1, 8 * MIN)).toBe(0);
    expect(estimateWaitMinutes(4, 0, 8 * MIN)).toBeNull();
  });
});
