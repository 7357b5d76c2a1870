import { useCallback, useRef } from 'react';

export interface Tap {
  /** True once the kiosk went home: an answer that arrives now belongs to nobody. */
  stale(): boolean;
  /** Ends the tap's work, letting the next tap in. */
  done(): void;
}

/**
 * One citizen's visit: a second finger or double tap while a tap's work is
 * in flight is ignored, and answers that arrive after the kiosk went home
 * are dropped (the next citizen must never see them).
 */
export function useVisitGuard() {
  const visit = useRef(0);
  const busy = useRef(false);

  const endVisit = useCallback(() => {
    visit.current += 1;
    busy.current = false;
  }, []);

  /** Starts a tap's work; null while another tap's work is still in flight. */
  const begin = useCallback((): Tap | null => {
    if (busy.current) return null;
    busy.current = true;
    const mine = visit.current;
    const stale = () => mine !== visit.current;
    return {
      stale,
      done: () => {
        if (!stale()) busy.current = false;
      },
    };
  }, []);

  return { begin, endVisit };
}
