/**
 * The hub's refusals that mean "not from this PC" (a hall that binds counters
 * to their PCs), said so the officer knows where to go and whom to ask,
 * instead of the hub's bare error. Pure.
 */
import type { LuotError } from '@luot/protocol';
import type { Notice } from './counter-session';

export function noticeForRefusal(error: LuotError, counter: number): Notice {
  if (error.code === 'forbidden' && error.field === 'device') return { kind: 'text', key: 'signIn.counterBoundToPc', params: { number: counter }, alert: true };
  // The shell's configured token is a device's, but not a counter PC's (a kiosk's, a board's).
  if (error.code === 'forbidden' && error.field === 'deviceToken') return { kind: 'text', key: 'signIn.deviceTokenNotCounterPc', alert: true };
  return { kind: 'error', error };
}
