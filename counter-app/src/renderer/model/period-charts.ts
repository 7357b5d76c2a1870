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

export interface ArrivalPoint {
  /** Local hour of issue. */
  x: number;
  /** ISO weekday, 1 = Monday. */
  y: number;
  /** Bubble radius in pixels: the busiest cell 14, the others by the square root of their share (area tracks count). */
  r: number;
  issued: number;
}

/** Tickets issued per weekday and hour as bubbles on a weekday × hour grid: the heat map of arrivals. */
export function arrivalBubbles(report: PeriodReport): ArrivalPoint[] {
  const busiest = Math.max(0, ...report.arrivals.map((a) => a.issued));
  return report.arrivals.map((a) => ({ x: a.hour, y: a.weekday, r: busiest === 0 ? 0 : Math.max(2, Math.round(14 * Math.sqrt(a.issued / busiest) * 10) / 10), issued: a.issued }));
}

/** The arrivals in words, busiest first (at most five cells). */
export function describeArrivals(title: string, points: readonly ArrivalPoint[], weekdays: readonly string[]): string {
  if (points.length === 0) return title;
  const busiest = [...points].sort((a, b) => b.issued - a.issued || a.y - b.y || a.x - b.x).slice(0, 5);
  return `${title}. ${busiest.map((p) => `${weekdays[p.y - 1] ?? p.y} ${String(p.x).padStart(2, '0')}:00: ${p.issued}`).join('; ')}`;
}
