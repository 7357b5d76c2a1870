import { useEffect, useState } from 'react';
import type { OutboxToday } from '@luot/protocol';
import { fetchOutboxToday } from '../staff-http';

/** How often the outbox is asked about: messages go out within seconds, a supervisor glances now and then. */
export const OUTBOX_POLL_MS = 30_000;

/**
 * Today's outbox, asked at once, every half minute, and again whenever
 * `changedAt` moves (the sender's health changed: a `sender` hall event).
 * A failed fetch keeps the last answer.
 */
export function useOutboxToday(token: string | null, changedAt: number | null, everyMs = OUTBOX_POLL_MS): OutboxToday | null {
  const [outbox, setOutbox] = useState<OutboxToday | null>(null);
  useEffect(() => {
    if (token === null) return;
    let live = true;
    const ask = () =>
      void fetchOutboxToday(token).then((r) => {
        if (live && r.ok) setOutbox(r.value);
      });
    ask();
    const timer = setInterval(ask, everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [token, everyMs, changedAt]);
  return outbox;
}
