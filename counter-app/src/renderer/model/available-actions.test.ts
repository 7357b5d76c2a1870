import { describe, expect, it } from 'vitest';
import type { CounterView } from '@luot/protocol';
import { availableActions } from './available-actions';
import { ticket } from './test-tickets';

const counter = (state: CounterView['state']): CounterView => ({
  number: 1,
  name: { vi: 'Quầy 1', en: 'Counter 1' },
  area: 'main',
  services: ['A'],
  state,
  pauseReason: null,
  officer: { id: 'u', username: 'canbo01', name: 'Cán bộ' },
  currentTicketId: null,
});

const sorted = (s: Set<string>) => [...s].sort();

describe('availableActions', () => {
  it('an open, idle counter calls', () => {
    expect(sorted(availableActions(counter('open'), null))).toEqual([
      'callNext',
      'callNumber',
      'close',
      'pauseOrResume',
      'reactivate',
    ]);
  });

  it('a called ticket can be recalled, started, marked no-show, finished or transferred; no new call', () => {
    const actions = availableActions(counter('open'), ticket({ state: 'called' }));
    expect(sorted(actions)).toEqual([
      'finish',
      'noShow',
      'pauseOrResume',
      'reactivate',
      'recall',
      'startServing',
      'transfer',
    ]);
  });

  it('a ticket being served is finished or transferred, never marked no-show', () => {
    const actions = availableActions(counter('open'), ticket({ state: 'serving' }));
    expect(actions.has('noShow')).toBe(false);
    expect(actions.has('recall')).toBe(false);
    expect(actions.has('finish')).toBe(true);
    expect(actions.has('close')).toBe(false);
  });

  it('an auto-started ticket (serving since the call) can still be recalled, started or marked no-show', () => {
    const actions = availableActions(counter('open'), ticket({ state: 'serving', calledAt: 5_000, servingAt: 5_000 }));
    expect(sorted(actions)).toEqual([
      'finish',
      'noShow',
      'pauseOrResume',
      'reactivate',
      'recall',
      'startServing',
      'transfer',
    ]);
  });

  it('once the officer started serving an auto-started ticket, no recall and no no-show', () => {
    const actions = availableActions(counter('open'), ticket({ state: 'serving', calledAt: 5_000, servingAt: 9_000 }));
    expect(actions.has('recall')).toBe(false);
    expect(actions.has('noShow')).toBe(false);
    expect(actions.has('startServing')).toBe(false);
  });

  it('a paused counter does not call, but resumes', () => {
    const actions = availableActions(counter('paused'), null);
    expect(actions.has('callNext')).toBe(false);
    expect(actions.has('pauseOrResume')).toBe(true);
  });
});
