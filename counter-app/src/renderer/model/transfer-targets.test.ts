import { describe, expect, it } from 'vitest';
import type { CounterView } from '@luot/protocol';
import { transferCounters } from './transfer-targets';

const counter = (number: number, state: CounterView['state']): CounterView => ({
  number,
  name: { vi: `Quầy ${number}`, en: `Counter ${number}` },
  area: 'main',
  services: ['A'],
  state,
  pauseReason: null,
  officer: null,
  currentTicketId: null,
});

describe('transferCounters', () => {
  it('offers the other open or paused counters, never a closed one or this one', () => {
    const all = [counter(1, 'open'), counter(2, 'closed'), counter(3, 'paused'), counter(4, 'open')];
    expect(transferCounters(all, 1).map((c) => c.number)).toEqual([3, 4]);
  });
});
