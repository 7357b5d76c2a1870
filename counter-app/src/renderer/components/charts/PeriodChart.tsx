import { Bar, Line } from 'react-chartjs-2';
import type { ChartSeries } from '../../model/period-charts';
import { describeSeries } from '../../model/period-charts';
import './chart-setup';

export interface ChartDataset {
  label: string;
  colour: string;
}

/**
 * One chart of the period panel: a line (over days) or bars (per officer or
 * department), with its figures also in words as the canvas's accessible name.
 */
export function PeriodChart({ kind, title, series, datasets, unit, max, stacked = false, testId }: {
  kind: 'line' | 'bar';
  title: string;
  series: ChartSeries;
  datasets: ChartDataset[];
  unit: string;
  max?: number;
  stacked?: boolean;
  testId: string;
}) {
  const data = {
    labels: series.labels,
    datasets: datasets.map((d, i) => ({ label: d.label, data: series.values[i] ?? [], backgroundColor: d.colour, borderColor: d.colour, spanGaps: true })),
  };
  const options = {
    scales: { x: { stacked }, y: { stacked, beginAtZero: true, ...(max === undefined ? {} : { max }) } },
    plugins: { legend: { display: datasets.length > 1 } },
  };
  const label = describeSeries(title, series, unit);
  return (
    <figure className="period-chart">
      <figcaption>{title}</figcaption>
      <div className="period-chart-canvas">
        {kind === 'line' ? (
          <Line data={data} options={options} aria-label={label} role="img" data-testid={testId} />
        ) : (
          <Bar data={data} options={options} aria-label={label} role="img" data-testid={testId} />
        )}
      </div>
    </figure>
  );
}
