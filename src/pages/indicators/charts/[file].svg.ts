/**
 * The build-time images of every chart: /indicators/charts/<id>-320.svg and -640.svg (shown in the
 * pages) and <id>.svg (the download, with title and source; its PNG is written after the build).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../../lib/charts/charts.ts';

const name = (path: string): string => path.replace(/^.*\//u, '').replace(/\.svg$/u, '');

export const getStaticPaths = (() =>
  allCharts.flatMap((c) =>
    [c.narrow, c.wide, c.download].map((img) => ({ params: { file: name(img.path) }, props: { svg: img.svg } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
