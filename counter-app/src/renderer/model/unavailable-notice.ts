/**
 * Why a key or keypad press cannot act now (NEXT while a citizen is at the
 * counter, RECALL with nobody called…): a notice for the officer instead of
 * a press dropped in silence. Pure; the same rules as available-actions.ts.
 */
import { awaitsCitizen, type CounterView, type TicketView } from '@luot/protocol';
import type { MessageKey } from '../i18n/vi';
import type { CounterAction } from './shortcuts';

export interface UnavailableNotice {
  kind: 'text';
  key: MessageKey;
  params?: Record<string, string | number>;
}

export function unavailableNotice(
  action: CounterAction,
  counter: CounterView,
  current: TicketView | null,
): UnavailableNotice {
  const active = current !== null && (current.state === 'called' || current.state === 'serving');
  switch (action) {
    case 'callNext':
    case 'callNumber':
      if (active) return { kind: 'text', key: 'unavailable.busy', params: { code: current.code } };
      return { kind: 'text', key: 'unavailable.notOpen' };
    case 'recall':
    case 'noShow':
    case 'startServing':
      if (!active) return { kind: 'text', key: 'unavailable.noTicket' };
      if (!awaitsCitizen(current)) return { kind: 'text', key: 'unavailable.serving', params: { code: current.code } };
      break;
    case 'finish':
    case 'transfer':
      if (!active) return { kind: 'text', key: 'unavailable.noTicket' };
      break;
    case 'close':
      if (active) return { kind: 'text', key: 'unavailable.closeBusy', params: { code: current.code } };
      if (counter.state === 'closed') return { kind: 'text', key: 'unavailable.closed' };
      break;
    default:
      break;
  }
  return { kind: 'text', key: 'unavailable.notNow' };
}
