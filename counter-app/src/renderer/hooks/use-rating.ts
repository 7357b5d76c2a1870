import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceApi, RatingScale } from '@luot/protocol';
import type { CounterSession } from '../counter-session';
import { newCommandId } from '@luot/hub-client';
import { RatingFlow, type RatingStatus } from '../model/rating-flow';
import { isRatingChannelMessage, RATING_CHANNEL, type RatingChannelMessage } from '../model/rating-channel';
import { useDeviceEvents } from './use-device-events';

export interface RatingControls {
  status: RatingStatus | null;
  ask(ticketId: string, code: string): void;
  skip(): void;
  /** Records an open question as no answer before the console goes away (sign-out). */
  abandon(): Promise<void>;
}

/**
 * The rating after each finished ticket: the pad's `rating` events and the
 * rating screen's answers go to one RatingFlow, which sends `ticket:rate`.
 * A question still open when the console goes away (sign-out, reload, closed
 * window) is sent as no answer, best effort; the hub's day report counts any
 * that never arrive as no answer once the timeout has passed.
 */
export function useRating(
  session: CounterSession,
  devices: DeviceApi | null,
  counter: number,
  scale: RatingScale,
  timeoutMs: number,
): RatingControls {
  const [status, setStatus] = useState<RatingStatus | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const flowRef = useRef<RatingFlow | null>(null);
  // The hall's scale and timeout arrive with the first snapshot: they configure the flow, not replace it.
  const settings = useRef({ scale, timeoutMs });
  settings.current = { scale, timeoutMs };

  const post = useCallback((message: RatingChannelMessage) => channel.current?.postMessage(message), []);

  useEffect(() => {
    const flow = new RatingFlow(
      {
        send: (ticketId, rating) =>
          session.command('ticket:rate', { commandId: newCommandId('rate'), ticketId, rating }),
        now: () => Date.now(),
        setTimer: (fn, ms) => setTimeout(fn, ms),
        clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        onChange: (next) => {
          setStatus(next);
          if (next !== null && next.kind !== 'asking') {
            post({ type: 'done', ticketId: next.ticketId, counter, answered: next.kind === 'answered' });
          }
        },
      },
      settings.current.scale,
      settings.current.timeoutMs,
    );
    flowRef.current = flow;
    const bc = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(RATING_CHANNEL);
    channel.current = bc;
    if (bc !== null) {
      bc.onmessage = (event: MessageEvent<unknown>) => {
        const message = event.data;
        if (!isRatingChannelMessage(message)) return;
        const asked = flow.current();
        if (message.type === 'answer' && asked?.kind === 'asking' && asked.ticketId === message.ticketId)
          flow.answer(message.rating);
        if (message.type === 'hello' && asked?.kind === 'asking') {
          post({
            type: 'ask',
            ticketId: asked.ticketId,
            code: asked.code,
            counter,
            scale: settings.current.scale,
            remainingMs: asked.deadline - Date.now(),
          });
        }
      };
    }
    const leave = () => void flow.abandon();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      flow.dispose();
      bc?.close();
      channel.current = null;
      flowRef.current = null;
    };
  }, [session, counter, post]);

  useEffect(() => flowRef.current?.configure(scale, timeoutMs), [scale, timeoutMs]);

  useDeviceEvents(devices, (event) => {
    if (event.type === 'rating') flowRef.current?.answer(event.value);
  });

  const ask = useCallback(
    (ticketId: string, code: string) => {
      flowRef.current?.ask(ticketId, code);
      post({ type: 'ask', ticketId, code, counter, scale, remainingMs: timeoutMs });
    },
    [post, counter, scale, timeoutMs],
  );
  const skip = useCallback(() => flowRef.current?.skip(), []);
  const abandon = useCallback(() => flowRef.current?.abandon() ?? Promise.resolve(), []);
  return { status, ask, skip, abandon };
}
