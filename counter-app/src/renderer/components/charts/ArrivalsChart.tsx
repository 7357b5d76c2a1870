import { Bubble } from 'react-chartjs-2';
import { describeArrivals, type ArrivalPoint } from '../../model/period-charts';
import { CHART_COLOURS } from './chart-setup';

/**
 * Arrivals by weekday and hour as a bubble grid (Chart.js's own bubble chart
 * standing in for a heat map: no plugin to keep up): the bigger the bubble,
 * the more tickets were issued in that hour of that weekday.
 */
export function ArrivalsChart({ title, points, weekdays, label }: { title: string; points: ArrivalPoint[]; weekdays: readonly string[]; label: string }) {
  const hours = points.map((p) => p.x);
  const data = { datasets: [{ label, data: points, backgroundColor: `${CHART_COLOURS.series}99`, borderColor: CHART_COLOURS.series }] };
  const options = {
    scales: {
      // Whole hours and weekdays on the ticks, with a step of room either side for the bubbles.
      x: { min: Math.min(7, ...hours) - 1, max: Math.max(17, ...hours) + 1, ticks: { stepSize: 1, callback: (v: number | string) => `${String(v).padStart(2, '0')}h` } },
      y: { min: 0, max: 8, reverse: true, ticks: { stepSize: 1, callback: (v: number | string) => weekdays[Number(v) - 1] ?? '' } },
    },
    plugins: { legend: { display: false } },
  };
  return (
    <figure className="period-chart">
      <figcaption>{title}</figcaption>
      <div className="period-chart-canvas">
        <Bubble data={data} options={options} aria-label={describeArrivals(title, points, weekdays)} role="img" data-testid="chart-arrivals" />
      </div>
    </figure>
  );
}
