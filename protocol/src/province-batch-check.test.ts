import { describe, expect, it } from 'vitest';
import { isPlainEventBatch } from './province-batch-check';
import { ingestBatchSchema, shippedEventSchema } from './province-link';

const event = (seq: number, extra: Record<string, unknown> = {}) => ({ seq, at: 1_764_000_000_000 + seq, day: '2026-11-30', type: 'ticket', event: { action: 'issued' }, ...extra });
const good = { after: 0, through: 3, events: [event(1), event(3)], backlog: 0, sentAt: 1_764_000_000_000 };

/** Every batch here: the shortcut may only say yes where the schema says yes. */
const cases: [string, unknown][] = [
  ['good', good],
  ['empty stretch', { ...good, after: 3, through: 9, events: [] }],
  ['every type', { ...good, through: 7, events: shippedEventSchema.shape.type.options.map((type, i) => event(i + 1, { type })) }],
  ['not an object', [good]],
  ['null', null],
  ['extra key', { ...good, extra: 1 }],
  ['config goes to the schema', { ...good, config: { revision: '0123456789abcdef', at: 1, config: {} } }],
  ['missing key', { after: 0, through: 3, events: [], backlog: 0 }],
  ['through before after', { ...good, after: 4 }],
  ['fractional backlog', { ...good, backlog: 1.5 }],
  ['negative sentAt', { ...good, sentAt: -1 }],
  ['sentAt too far', { ...good, sentAt: 9e15 }],
  ['seq as text', { ...good, events: [event(1, { seq: '1' })] }],
  ['seq out of order', { ...good, events: [event(3), event(1)] }],
  ['seq repeated', { ...good, events: [event(1), event(1)] }],
  ['seq past through', { ...good, events: [event(4)] }],
  ['seq 0', { ...good, events: [event(0)] }],
  ['unsafe seq', { ...good, through: 2 ** 60, events: [event(2 ** 60)] }],
  ['bad day', { ...good, events: [event(1, { day: '30/11/2026' })] }],
  ['unknown type', { ...good, events: [event(1, { type: 'secret' })] }],
  ['event an array', { ...good, events: [event(1, { event: [1] })] }],
  ['event null', { ...good, events: [event(1, { event: null })] }],
  ['extra event key', { ...good, events: [event(1, { more: true })] }],
  ['missing event key', { ...good, events: [{ seq: 1, at: 1, day: '2026-11-30', type: 'ticket' }] }],
  ['too many events', { ...good, through: 600, events: Array.from({ length: 501 }, (_, i) => event(i + 1)) }],
  ['at negative', { ...good, events: [event(1, { at: -5 })] }],
];

describe('isPlainEventBatch', () => {
  it.each(cases)('never accepts what the schema refuses: %s', (_name, batch) => {
    if (isPlainEventBatch(batch)) expect(ingestBatchSchema.safeParse(batch).success).toBe(true);
  });

  it('accepts the common batches as they are, so the hot path skips the schema', () => {
    expect(cases.filter(([, b]) => isPlainEventBatch(b)).map(([name]) => name)).toEqual(['good', 'empty stretch', 'every type']);
    expect(cases.filter(([, b]) => ingestBatchSchema.safeParse(b).success).map(([name]) => name)).toEqual(['good', 'empty stretch', 'every type', 'config goes to the schema']);
  });
});
