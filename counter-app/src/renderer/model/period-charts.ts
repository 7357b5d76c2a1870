/**
 * What the supervisor's period charts draw, from a period report: waiting
 * time per day, satisfaction per officer (the three levels as shares of the
 * answers), on-time share of returned dossiers per department. Pure, so the
 * figures a chart shows are tested without a canvas.
 */
import type { BreakdownRow, PeriodReport } from '@luot/protocol';

export interface ChartSeries {
  labels: string[];
  /** One list of values per dataset, aligned with the labels; null where there is nothing to show. */
  values: (number | null)[][];
}

/** `2026-11-23` → `23/11`. */
const dayMonth = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function waitingByDay(report: PeriodReport): ChartSeries {
  return { labels: report.daily.map((d) => dayMonth(d.day)), values: [report.daily.map((d) => d.meanWaitMinutes)] };
}

/** Officers with at least one answer: very satisfied, satisfied, not satisfied as % of their answers. */
export function satisfactionByOfficer(report: PeriodReport): ChartSeries {
  const rows = report.breakdowns.officers.filter((o) => answers(o) > 0);
  return {
    labels: rows.map((o) => o.label),
    values: [
      rows.map((o) => share(o.satisfaction.verySatisfied, answers(o))),
      rows.map((o) => share(o.satisfaction.satisfied, answers(o))),
      rows.map((o) => share(o.satisfaction.notSatisfied, answers(o))),
    ],
  };
}

const answers = (o: BreakdownRow) => o.satisfaction.verySatisfied + o.satisfaction.satisfied + o.satisfaction.notSatisfied;

/** Departments that returned dossiers in the period: early + on time as % of returned. */
export function onTimeByDepartment(report: PeriodReport): ChartSeries {
  const rows = report.breakdowns.departments.filter((d) => d.dossiers !== null && d.dossiers.returned > 0);
  return { labels: rows.map((d) => d.label), values: [rows.map((d) => d.dossiers!.onTimePercent)] };
}

/** A chart's figures in words: its accessible name, read by screen readers (and by the browser test). */
export function describeSeries(title: string, series: ChartSeries, unit: string): string {
  if (series.labels.length === 0) return title;
  const parts = series.labels.map((label, i) => `${label}: ${series.values.map((v) => (v[i] === null || v[i] === undefined ? '–' : `${String(v[i]).replace('.', ',')}${unit}`)).join(' / ')}`);
  return `${title}. ${parts.join('; ')}`;
}
