/**
 * Problems found in the content or the data, each with its place, so a maintainer reads one line per
 * real error: `content/plan/03-shehui-baozhang.mdx:12: <script> is not allowed …` or
 * `src/data/indicators.ts, indicator "plan14-x" (row 9), field "parnet": unknown field (did you mean "parent"?)`.
 */
export interface Problem {
  /** Relative to the project root. */
  file: string;
  line?: number;
  /** Data records: which record ('indicator "plan14-x" (row 9)'). */
  record?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const place = [p.line !== undefined ? `${p.file}:${p.line}` : p.file, p.record, p.field && `field "${p.field}"`].filter(Boolean);
  return `${place.join(', ')}: ${p.message}`;
}

/** Thrown by data modules and the model when their input is wrong; carries the problems. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(what: string, problems: readonly Problem[]) {
    super(`${what}:\n  ${problems.map(formatProblem).join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
