import { describe, expect, it } from 'vitest';
import { chooseNext, type Candidate, type QueueRules } from './queue-rules';

const MIN = 60_000;
const T0 = 1_000_000_000_000;
const rules: QueueRules = { priorityRule: { kind: 'strict' }, order: 'preference', starvationMinutes: 30, appointmentsAhead: true };

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
/** An appointment checked in `minutesAgo`, its slot ending `slotLeft` minutes from T0. */
const appointment = (service: string, minutesAgo: number, slotLeft: number, extra: Partial<Candidate> = {}) =>
  ticket(service, minutesAgo, { aheadUntil: T0 + slotLeft * MIN, ...extra });
const counter = { number: 1, services: ['A', 'B'], regularStreak: 0 };
const next = (waiting: Candidate[], r: QueueRules = rules, c = counter) => chooseNext(waiting, c, r, T0)?.ticket.id;

describe('chooseNext: appointments within their slot', () => {
  it('calls an appointment ahead of earlier walk-ins of its service', () => {
    const walkIns = [ticket('A', 20), ticket('A', 10)];
    const booked = appointment('A', 1, 25);
    expect(next([...walkIns, booked])).toBe(booked.id);
  });

  it('keeps appointments among themselves in check-in order', () => {
    const walkIn = ticket('A', 20);
    const first = appointment('A', 5, 25);
    const second = appointment('A', 2, 25);
    expect(next([walkIn, second, first])).toBe(first.id);
  });

  it('once its slot has ended, the appointment waits by its own time', () => {
    const walkIn = ticket('A', 20);
    const late = appointment('A', 1, 0);
    expect(next([walkIn, late])).toBe(walkIn.id);
  });

  it('is a hall setting: off, appointments wait like walk-ins', () => {
    const walkIn = ticket('A', 20);
    const booked = appointment('A', 1, 25);
    expect(next([walkIn, booked], { ...rules, appointmentsAhead: false })).toBe(walkIn.id);
    expect(next([walkIn, booked], { ...rules, appointmentsAhead: undefined })).toBe(walkIn.id);
  });

  it('does not jump the counter’s service preference', () => {
    const walkInA = ticket('A', 5);
    const bookedB = appointment('B', 1, 25);
    expect(next([walkInA, bookedB])).toBe(walkInA.id);
  });

  it('oldest-first halls: goes to the head of its own service, not ahead of an older other service', () => {
    const oldest: QueueRules = { ...rules, order: 'oldest' };
    const walkInB = ticket('B', 20);
    const walkInA = ticket('A', 10);
    const bookedA = appointment('A', 1, 25);
    expect(next([walkInB, walkInA, bookedA], oldest)).toBe(walkInB.id);
    expect(next([walkInA, bookedA], oldest)).toBe(bookedA.id);
  });

  it('a walk-in starved past the limit is still called first', () => {
    const starved = ticket('A', 31);
    const booked = appointment('A', 1, 25);
    expect(next([starved, booked])).toBe(starved.id);
  });

  it('strict priority and sent-to-front tickets stay ahead of it', () => {
    const elderly = ticket('A', 2, { priority: 'elderly' });
    const front = ticket('A', 3, { front: true });
    const booked = appointment('A', 1, 25);
    expect(next([elderly, booked])).toBe(elderly.id);
    expect(next([front, booked])).toBe(front.id);
  });

  it('interleave: an appointment counts as the head of its service against a waiting priority ticket', () => {
    const interleave: QueueRules = { ...rules, priorityRule: { kind: 'interleave', every: 3 } };
    const walkIn = ticket('A', 20);
    const pregnant = ticket('A', 10, { priority: 'pregnant' });
    const booked = appointment('A', 1, 25);
    // The appointment takes the walk-in's place (20 min ago), older than the priority ticket.
    expect(next([walkIn, pregnant, booked], interleave)).toBe(booked.id);
  });
});
