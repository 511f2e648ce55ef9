/** The dashboard's charts, built once from the data module: spec, static SVG and its size. */
import { indicators } from '../../data/indicators.ts';
import { chartSpecs, type ChartSpec } from './chart-spec.ts';
import { toSvg } from './to-svg.ts';

export interface BuiltChart {
  spec: ChartSpec;
  svg: string;
  width: number;
  height: number;
}

export const charts: BuiltChart[] = chartSpecs(indicators).map((spec) => {
  const svg = toSvg(spec);
  const [, width, height] = svg.match(/viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/)!.map(Number) as [number, number, number];
  return { spec, svg, width, height };
});
