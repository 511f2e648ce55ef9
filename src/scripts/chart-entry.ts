/**
 * Chart.js's side, loaded when the first chart comes into view (src/scripts/charts.ts): draws the
 * figures queued so far, then every later one as it is queued.
 */
import { drawChart } from './chart-runtime.ts';

const w = window as unknown as { __planCharts?: HTMLElement[] | { push(figure: HTMLElement): void } };
const queued = Array.isArray(w.__planCharts) ? w.__planCharts : [];
w.__planCharts = { push: (figure: HTMLElement) => drawChart(figure) };
queued.forEach((figure) => drawChart(figure));
