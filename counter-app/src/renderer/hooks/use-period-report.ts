import { useEffect, useState } from 'react';
import type { LuotError, PeriodReport } from '@luot/protocol';
import { fetchPeriodReport } from '../staff-http';

export interface PeriodReportState {
  report: PeriodReport | null;
  error: LuotError | null;
  loading: boolean;
}

/** The period report for a query, asked again whenever the query changes (no polling: a period's figures are read, not watched). */
export function usePeriodReport(token: string | null, query: string): PeriodReportState {
  const [state, setState] = useState<PeriodReportState>({ report: null, error: null, loading: true });
  useEffect(() => {
    if (token === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void fetchPeriodReport(token, query).then((r) => {
      if (!live) return;
      setState(r.ok ? { report: r.value, error: null, loading: false } : { report: null, error: r.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, [token, query]);
  return state;
}
