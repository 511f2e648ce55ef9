/** The build-time static image of each chart: /indicators/charts/scorecard-13.svg … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../lib/charts/charts.ts';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.spec.id }, props: { svg: c.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
