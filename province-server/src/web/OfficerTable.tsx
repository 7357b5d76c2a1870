import type { ProvincePeriodReport } from '@luot/protocol';
import { officerLabel, TEXTS, type Lang } from './texts';

/** Each hall's officers over the period (an officer belongs to one hall), as the hall's own reports count them. */
export function OfficerTable({ report, lang }: { report: ProvincePeriodReport; lang: Lang }) {
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <table>
      <caption>{TEXTS.officers[lang]}</caption>
      <thead>
        <tr>
          {(['hall', 'officer', 'served', 'averageService', 'satisfied'] as const).map((k) => (
            <th key={k}>{TEXTS[k][lang]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.halls.flatMap((h) =>
          h.officers.map((o) => (
            <tr key={`${h.hall}/${o.officerId}`}>
              <td>{h.name}</td>
              <td>{officerLabel(o.name, lang)}</td>
              <td>{o.served}</td>
              <td>{o.averageServiceMinutes ?? '—'}</td>
              <td>{pct(o.ratings.satisfiedPercent)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
