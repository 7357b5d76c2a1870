import { useEffect } from 'react';
import type { DayReport, TicketView } from '@luot/protocol';
import type { HallStore } from '../model/hall-store';
import { useDayReport } from './use-day-report';

/** Ticket changes that move the day's figures. */
const REPORTED_ACTIONS = new Set(['finished', 'rated', 'no_show']);
/** Unrated tickets turn into "no answer" as the rating timeout passes: ask again now and then. */
const REFRESH_MS = 30_000;

/**
 * Today's hub report, asked again whenever a ticket is finished, rated or
 * marked no-show (the hub broadcasts after its commit, so the report already
 * counts it). `relevant` narrows the tickets that matter (an officer's console:
 * its own counter's).
 */
export function useLiveDayReport(
  token: string | null,
  hall: HallStore,
  day: string | null,
  relevant: (ticket: TicketView) => boolean = () => true,
): DayReport | null {
  const { report, refresh } = useDayReport(token, day);
  useEffect(() => {
    const off = hall.onEvent((event) => {
      if (event.type === 'ticket' && REPORTED_ACTIONS.has(event.action) && relevant(event.ticket)) refresh();
    });
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [hall, refresh, relevant]);
  return report;
}
