/**
 * Chart.js with only the parts the supervisor's charts use (registered once,
 * so the bundle leaves the rest out). Chart.js draws on a canvas and needs no
 * eval and no inline script, so it runs under the hub's CSP as is.
 * Animations are off: the supervisor's PC may be weak, and a chart that is
 * drawn once is also the one the browser test reads.
 */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";

/** Colours that stay apart on a projector and in grey print: good, neutral, bad, and the one-series colour. */
export const CHART_COLOURS = { good: '#1b7f3b', neutral: '#d9a400', bad: '#b3261e', series: '#1f5fa8' } as const;
