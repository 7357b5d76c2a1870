/**
 * Between the officer's console and the citizen-facing rating screen
 * (`/counter/#rating`, a second window on the second monitor of the same
 * PC). Both pages share the browser profile, so a BroadcastChannel joins
 * them without the hub: the console asks, the screen answers, and only the
 * console (which holds the officer's session) sends `ticket:rate`.
 */
import type { Rating, RatingScale } from '@luot/protocol';

export const RATING_CHANNEL = 'luot-rating';

export type RatingChannelMessage =
  /** Console → screen: show the question. `remainingMs` so clocks need not agree. */
  | { type: 'ask'; ticketId: string; code: string; counter: number; scale: RatingScale; remainingMs: number }
  /** Console → screen: the question is over (answered elsewhere, timed out, or skipped). */
  | { type: 'done'; ticketId: string; counter: number; answered: boolean }
  /** Screen → console: the citizen's answer. */
  | { type: 'answer'; ticketId: string; rating: Rating }
  /** Screen → console: a screen opened; re-send the open question, if any. */
  | { type: 'hello' };

export function isRatingChannelMessage(value: unknown): value is RatingChannelMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'ask' || type === 'done' || type === 'answer' || type === 'hello';
}
