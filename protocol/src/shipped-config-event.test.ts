import { describe, expect, it } from 'vitest';
import { shippedEventSchema } from './province-link';

describe('a shipped hall event', () => {
  it('may be a new config revision (issue 17): the province stores it, its config travels in the batch', () => {
    const event = { seq: 7, at: 1_764_000_000_000, day: '2026-11-23', type: 'config', event: { type: 'config', at: 1_764_000_000_000, revision: 2 } };
    expect(shippedEventSchema.safeParse(event).success).toBe(true);
    expect(shippedEventSchema.safeParse({ ...event, type: 'teapot' }).success).toBe(false);
  });
});
