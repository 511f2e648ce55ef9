/** /downloads/*: the plan as .docx, plain text and Markdown, its passages as JSON and their JSON Schema (src/pages/downloads/_files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PLAN_DOWNLOADS, type PlanDownload } from '../../lib/downloads/catalog.ts';
import { planFiles } from './_files.ts';

const TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const getStaticPaths = (() => Object.keys(PLAN_DOWNLOADS).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file as PlanDownload;
  return new Response((await planFiles())[file], { headers: { 'Content-Type': TYPES[file.split('.').pop()!]! } });
};
