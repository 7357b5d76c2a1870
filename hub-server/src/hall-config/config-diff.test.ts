import { describe, expect, it } from 'vitest';
import { diffConfigs } from './config-diff';

describe('the readable config diff', () => {
  it('matches keyed lists by key: one service added is one entry, not every later one changed', () => {
    const before = { services: [{ code: 'A', prefix: 'A' }, { code: 'B', prefix: 'B' }] };
    const after = { services: [{ code: 'N', prefix: 'N' }, { code: 'A', prefix: 'A' }, { code: 'B', prefix: 'X' }] };
    expect(diffConfigs(before, after)).toEqual([
      { path: 'services[code=N]', kind: 'added', after: { code: 'N', prefix: 'N' } },
      { path: 'services[code=B].prefix', kind: 'changed', before: 'B', after: 'X' },
    ]);
  });

  it('names removed items and reordered lists; plain lists and values compare whole', () => {
    const before = { counters: [{ number: 1, services: ['A', 'B'] }, { number: 2, services: ['B'] }], hours: { holidays: ['2026-09-02'] } };
    const after = { counters: [{ number: 1, services: ['B', 'A'] }], hours: { holidays: ['2026-09-02', '2026-09-01'] } };
    expect(diffConfigs(before, after)).toEqual([
      { path: 'counters[number=1].services', kind: 'changed', before: ['A', 'B'], after: ['B', 'A'] },
      { path: 'counters[number=2]', kind: 'removed', before: { number: 2, services: ['B'] } },
      { path: 'hours.holidays', kind: 'changed', before: ['2026-09-02'], after: ['2026-09-02', '2026-09-01'] },
    ]);
    expect(diffConfigs(before, before)).toEqual([]);
  });
});
