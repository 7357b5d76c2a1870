import { useState, type FormEvent } from 'react';
import { PERIOD_KINDS, type LuotError, type PeriodFigures } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/vi';
import { usePeriodReport } from '../hooks/use-period-report';
import { arrivalBubbles, onTimeByDepartment, satisfactionByOfficer, waitingByDay } from '../model/period-charts';
import { periodQuery, type PeriodChoice } from '../model/period-query';
import { fetchPeriodReportXlsx } from '../staff-http';
import { CHART_COLOURS } from './charts/chart-setup';
import { ArrivalsChart } from './charts/ArrivalsChart';
import { PeriodChart } from './charts/PeriodChart';
import { NoticeLine } from './NoticeLine';

type Kind = PeriodChoice['kind'];
const KINDS: readonly Kind[] = [...PERIOD_KINDS, 'range'];
const WEEKDAY_KEYS: readonly MessageKey[] = ['weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6', 'weekday.7'];

/** A headline figure, its value in the period before, and how to show it. */
const HEADLINES: { key: MessageKey; pick: (f: PeriodFigures) => number | null; unit: 'count' | 'minutes' | 'percent' }[] = [
  { key: 'period.issued', pick: (f) => f.tickets.issued, unit: 'count' },
  { key: 'period.served', pick: (f) => f.tickets.served, unit: 'count' },
  { key: 'period.meanWait', pick: (f) => f.tickets.wait.meanMinutes, unit: 'minutes' },
  { key: 'period.p90Wait', pick: (f) => f.tickets.wait.p90Minutes, unit: 'minutes' },
  { key: 'period.meanService', pick: (f) => f.tickets.service.meanMinutes, unit: 'minutes' },
  { key: 'period.onTime', pick: (f) => f.dossiers.onTimePercent, unit: 'percent' },
  { key: 'period.satisfied', pick: (f) => f.satisfaction.ratings.satisfiedPercent, unit: 'percent' },
  { key: 'period.response', pick: (f) => f.satisfaction.responsePercent, unit: 'percent' },
];

/**
 * Figures over a period the supervisor picks (day, week, month, quarter,
 * year or from–to): headline figures beside the period before, three charts,
 * and the whole report as an Excel workbook.
 */
export function PeriodReportPanel({ token, today }: { token: string; today: string }) {
  const { t, language } = useI18n();
  const [form, setForm] = useState({ kind: 'month' as Kind, date: today, from: today, to: today });
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'month', date: today });
  const query = periodQuery(choice);
  const { report, error, loading } = usePeriodReport(token, query);
  const [downloadError, setDownloadError] = useState<LuotError | null>(null);
  const [busy, setBusy] = useState(false);
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  const show = (v: number | null, unit: 'count' | 'minutes' | 'percent') =>
    v === null ? t('figures.none') : unit === 'count' ? number.format(v) : unit === 'minutes' ? t('period.minutes', { value: number.format(v) }) : `${number.format(v)} %`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChoice(form.kind === 'range' ? { kind: 'range', from: form.from, to: form.to } : { kind: form.kind, date: form.date });
  };
  const download = async () => {
    setBusy(true);
    const r = await fetchPeriodReportXlsx(token, query);
    setBusy(false);
    setDownloadError(r.ok ? null : r.error);
    if (!r.ok) return;
    const url = URL.createObjectURL(r.value.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = r.value.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const day = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  const shownError = error ?? downloadError;
  return (
    <section className="panel period-panel" aria-label={t('period.heading')} data-testid="period-panel">
      <h2>{t('period.heading')}</h2>
      <form className="inline-form period-picker" onSubmit={submit}>
        <label>
          {t('period.kind')}
          <select name="periodKind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`period.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {form.kind === 'range' ? (
          <>
            <label>
              {t('period.from')}
              <input type="date" name="from" required value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
            </label>
            <label>
              {t('period.to')}
              <input type="date" name="to" required value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
            </label>
          </>
        ) : (
          <label>
            {t('period.date')}
            <input type="date" name="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
          </label>
        )}
        <button type="submit" data-action="showPeriod">
          {t('period.show')}
        </button>
        <button type="button" data-action="periodXlsx" disabled={busy || report === null} onClick={() => void download()}>
          {t('period.xlsx')}
        </button>
      </form>
      {shownError && <NoticeLine notice={{ kind: 'error', error: shownError }} />}
      {loading && report === null && <p className="muted">{t('common.loading')}</p>}
      {report && (
        <>
          <p className="period-range" data-testid="period-range">
            {t('period.range', { from: day(report.from), to: day(report.to), previousFrom: day(report.previous.from), previousTo: day(report.previous.to) })}
          </p>
          <dl className="figures period-headlines">
            {HEADLINES.map((h) => (
              <div key={h.key} data-headline={h.key}>
                <dt>{t(h.key)}</dt>
                <dd>{show(h.pick(report.totals), h.unit)}</dd>
                <dd className="muted">{t('period.before', { value: show(h.pick(report.previous.totals), h.unit) })}</dd>
              </div>
            ))}
          </dl>
          <div className="period-charts">
            <PeriodChart
              kind="line"
              testId="chart-wait"
              title={t('period.chart.wait')}
              series={waitingByDay(report)}
              datasets={[{ label: t('period.meanWait'), colour: CHART_COLOURS.series }]}
              unit={` ${t('period.minuteUnit')}`}
            />
            <PeriodChart
              kind="bar"
              testId="chart-satisfaction"
              title={t('period.chart.satisfaction')}
              series={satisfactionByOfficer(report)}
              datasets={[
                { label: t('period.verySatisfied'), colour: CHART_COLOURS.good },
                { label: t('period.satisfiedLevel'), colour: CHART_COLOURS.neutral },
                { label: t('period.notSatisfied'), colour: CHART_COLOURS.bad },
              ]}
              unit=" %"
              max={100}
              stacked
            />
            <PeriodChart
              kind="bar"
              testId="chart-on-time"
              title={t('period.chart.onTime')}
              series={onTimeByDepartment(report)}
              datasets={[{ label: t('period.onTime'), colour: CHART_COLOURS.good }]}
              unit=" %"
              max={100}
            />
            <ArrivalsChart
              title={t('period.chart.arrivals')}
              label={t('period.issued')}
              points={arrivalBubbles(report)}
              weekdays={WEEKDAY_KEYS.map((k) => t(k))}
            />
          </div>
        </>
      )}
    </section>
  );
}
