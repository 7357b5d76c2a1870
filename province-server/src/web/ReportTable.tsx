import { useState } from 'react';
import type { ProvincePeriodReport } from '@luot/protocol';
import { downloadXlsx, periodReport } from './api';
import { OfficerTable } from './OfficerTable';
import { monthToDate, TEXTS, type Lang } from './texts';

/** Halls ranked over a period, the province's totals, and the XLSX. */
export function ReportTable({ lang }: { lang: Lang }) {
  const [period, setPeriod] = useState(() => monthToDate(Date.now()));
  const [report, setReport] = useState<ProvincePeriodReport | null>(null);
  const [failed, setFailed] = useState(false);
  const show = () =>
    periodReport(period.from, period.to)
      .then((r) => (setReport(r), setFailed(false)))
      .catch(() => setFailed(true));
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <section>
      <label>
        {TEXTS.from[lang]} <input type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
      </label>
      <label>
        {TEXTS.to[lang]} <input type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />
      </label>
      <button onClick={() => void show()}>{TEXTS.show[lang]}</button>
      <button onClick={() => void downloadXlsx(period.from, period.to).catch(() => setFailed(true))}>{TEXTS.exportXlsx[lang]}</button>
      {failed && <p role="alert">{TEXTS.failed[lang]}</p>}
      {report && (
        <table>
          <thead>
            <tr>
              {(['rank', 'hall', 'issued', 'served', 'noShow', 'averageWait', 'satisfied', 'returned', 'onTime', 'onTimeRank'] as const).map((k) => (
                <th key={k}>{TEXTS[k][lang]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.halls.map((h) => (
              <tr key={h.hall}>
                <td>{h.rank}</td>
                <td>{h.name}</td>
                <td>{h.totals.issued}</td>
                <td>{h.totals.served}</td>
                <td>{h.totals.noShow}</td>
                <td>{h.totals.averageWaitMinutes ?? '—'}</td>
                <td>{pct(h.totals.ratings.satisfiedPercent)}</td>
                <td>{h.dossiers.returned}</td>
                <td>{pct(h.dossiers.onTimePercent)}</td>
                <td>{h.onTimeRank}</td>
              </tr>
            ))}
            <tr className="total">
              <td />
              <td>{TEXTS.province[lang]}</td>
              <td>{report.totals.issued}</td>
              <td>{report.totals.served}</td>
              <td>{report.totals.noShow}</td>
              <td>{report.totals.averageWaitMinutes ?? '—'}</td>
              <td>{pct(report.totals.ratings.satisfiedPercent)}</td>
              <td>{report.dossiers.returned}</td>
              <td>{pct(report.dossiers.onTimePercent)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      )}
      {report && <OfficerTable report={report} lang={lang} />}
    </section>
  );
}
