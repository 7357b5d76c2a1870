import { describe, expect, it } from 'vitest';
import { counterTitle } from './counter-title';

describe('counterTitle', () => {
  it('uses the name when it carries the number, else prefixes the number', () => {
    expect(counterTitle({ number: 1 }, 'Quầy 1 — Kế hoạch và Đầu tư', 'Quầy 1')).toBe('Quầy 1 — Kế hoạch và Đầu tư');
    expect(counterTitle({ number: 1 }, 'Quầy 10 — Lao động', 'Quầy 1')).toBe('Quầy 1 — Quầy 10 — Lao động');
    expect(counterTitle({ number: 3 }, 'Đất đai', 'Quầy 3')).toBe('Quầy 3 — Đất đai');
    expect(counterTitle({ number: 3 }, '', 'Quầy 3')).toBe('Quầy 3');
  });
});
