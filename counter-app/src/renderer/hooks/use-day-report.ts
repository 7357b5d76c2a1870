import { useCallback, useEffect, useState } from 'react';
import type { DayReport } from '@luot/protocol';
import { fetchDayReport } from '../staff-http';

/**
 * The hub's report for `day`, fetched with the staff token; `refresh` asks
 * again (after each finish and rating). A failed fetch keeps the last report
 * and the console falls back to its own ledger.
 */
export function useDayReport(token: string | null, day: string | null): { report: DayReport | null; refresh(): void } {
  const [report, setReport] = useState<DayReport | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (token === null || day === null) return;
    let live = true;
    void fetchDayReport(token, day).then((r) => {
      if (live && r.ok) setReport(r.value);
    });
    return () => {
      live = false;
    };
  }, [token, day, asked]);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  return { report, refresh };
}
