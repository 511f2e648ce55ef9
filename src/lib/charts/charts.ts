/**
 * Every chart of the site, built once from the data module: the dashboard's four and each indicator's
 * own, each as a spec, two page images (phone and wider screens: an SVG's text shrinks with it, so
 * each width gets its own layout) and the download (title, notes and source inside; the PNG is made
 * from it after the build, src/integrations/chart-images.ts).
 */
import { indicators } from '../../data/indicators.ts';
import { stated } from '../../data/stated-targets.ts';
import { results } from '../../data/results.ts';
import { describeSeries } from '../indicators/describe.ts';
import { indicatorSeries } from '../indicators/series.ts';
import { dashboardSpecs, indicatorChartSpec, type ChartSpec } from './chart-spec.ts';
import { svgSize, toSvg } from './to-svg.ts';
import { CHARTS_DIR } from '../indicators/paths.ts';

/** Widths of the page images: phones (container 288–358 px), then everything wider. */
const CHART_WIDTHS = { narrow: 320, wide: 640 } as const;
/** The download's width; the PNG is rendered at twice that. */
const DOWNLOAD_WIDTH = 640;
/** Below this viewport width (CSS px) the page shows the narrow image. */
export const NARROW_BELOW = 700;

export interface ChartImage {
  /** Path under the site base: indicators/charts/plan14-x-320.svg */
  path: string;
  svg: string;
  width: number;
  height: number;
}

export interface BuiltChart {
  spec: ChartSpec;
  narrow: ChartImage;
  wide: ChartImage;
  /** The SVG download; `png` is its path with .png, rendered after the build. */
  download: ChartImage;
  png: string;
}

const image = (spec: ChartSpec, width: number, standalone: boolean, path: string): ChartImage => {
  const svg = toSvg(spec, { width, standalone });
  return { path, svg, ...svgSize(svg) };
};

function buildChart(spec: ChartSpec): BuiltChart {
  const base = `${CHARTS_DIR}/${spec.id}`;
  return {
    spec,
    narrow: image(spec, CHART_WIDTHS.narrow, false, `${base}-${CHART_WIDTHS.narrow}.svg`),
    wide: image(spec, CHART_WIDTHS.wide, false, `${base}-${CHART_WIDTHS.wide}.svg`),
    download: image(spec, DOWNLOAD_WIDTH, true, `${base}.svg`),
    png: `${base}.png`,
  };
}

/** The dashboard's charts, in page order. */
export const dashboardCharts: BuiltChart[] = dashboardSpecs(indicators, stated).map(buildChart);

/** Each indicator's chart by id; null where there is nothing to draw (a ratio, no number). */
export const indicatorCharts: ReadonlyMap<string, BuiltChart | null> = new Map(
  indicators.map((ind) => {
    const series = indicatorSeries(ind, indicators);
    const spec = indicatorChartSpec(series, stated, results);
    return [ind.id, spec ? buildChart({ ...spec, description: describeSeries(series, stated) }) : null];
  }),
);

/** Every chart with images, for the image routes and the PNG step. */
export const allCharts: BuiltChart[] = [...dashboardCharts, ...[...indicatorCharts.values()].filter((c): c is BuiltChart => c !== null)];
