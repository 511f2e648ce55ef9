/**
 * Builds the plan model (model.ts) from the plan's MDX files and the indicator tables. Each file is
 * parsed once with the parser Astro's MDX pipeline uses (@mdx-js/mdx, MDX format, with remark-gfm as
 * in astro.config.mjs: PLAN_REMARK_PLUGINS) and numbered by numberChapter(), the same function the
 * remark plugin uses to put the ids on the pages.
 *
 * Why a parse of its own rather than the data the MDX pipeline hands to render(): the model is needed
 * where render() does not exist: by the checks that run before Astro renders anything (so a bad edit
 * fails the build in seconds), by the search index after the build, by the tests and by exports; and
 * it is the same tree, so it is the same structure.
 */
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { chapterPath, chapterId, chapterLabel } from '../anchors.ts';
import { ChapterSchema, type ChapterData } from './chapter-schema.ts';
import { numberChapter, type Problem, type TableData, type TreeNode } from './number-chapter.ts';
import type { ChapterModel, Passage, PlanModel } from './model.ts';
import { fieldIssues, keysOf } from '../schema-issues.ts';

/** The remark plugins that change what MDX parses (syntax extensions): shared with astro.config.mjs. */
export const PLAN_REMARK_PLUGINS = [remarkGfm];

/** One file of content/plan/, as read from disk or bundled by Vite. */
export interface PlanFile {
  /** Relative to the project root: content/plan/03-shehui-baozhang.mdx */
  file: string;
  text: string;
}

export interface PlanModelResult {
  /** Present when every file could be read; check `problems` before trusting it. */
  model?: PlanModel;
  problems: Problem[];
}

const processor = createProcessor({ format: 'mdx', remarkPlugins: PLAN_REMARK_PLUGINS });

/** The MDX syntax tree of a file's body, positions as in the file (the frontmatter is blanked, not cut). */
export function parsePlanMdx(body: string): TreeNode {
  return processor.parse(body) as unknown as TreeNode;
}

interface ParsedFile {
  file: string;
  data: ChapterData;
  tree: TreeNode;
  /** The line of `title:` in the frontmatter, where the chapter heading's text comes from. */
  titleLine: number;
}

function readFile({ file, text }: PlanFile, problems: Problem[]): ParsedFile | undefined {
  // A lone CR ends no line for the parsers: the whole file would read as one line, "without frontmatter".
  const cr = /\r(?!\n)/u.exec(text);
  if (cr) {
    const lfs = text.slice(0, cr.index).split('\n').length;
    problems.push({
      file,
      line: lfs,
      message: `has lines ended by a lone CR (U+000D CARRIAGE RETURN, as old Mac editors write): save the file with LF (or CRLF) line endings`,
    });
    return undefined;
  }
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    ({ frontmatter, content: body } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }));
  } catch (error) {
    const e = error as { mark?: { line?: number }; reason?: string; message?: string };
    problems.push({
      file,
      line: e.mark?.line !== undefined ? e.mark.line + 1 : undefined,
      message: `the frontmatter is not valid YAML: ${e.reason ?? e.message}`,
    });
    return undefined;
  }
  if (Object.keys(frontmatter).length === 0) {
    problems.push({ file, line: 1, message: 'has no frontmatter: a plan file starts with --- chapter, title, description --- (see the other files)' });
    return undefined;
  }
  const parsed = ChapterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    for (const issue of fieldIssues(parsed.error, (path) => (path === '' ? keysOf(ChapterSchema) : []))) {
      problems.push({ file, record: 'frontmatter', field: issue.field, message: issue.message });
    }
    return undefined;
  }
  try {
    const titleLine = text.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    return { file, data: parsed.data, tree: parsePlanMdx(body), titleLine: titleLine || 1 };
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    problems.push({ file, line: e.line ?? undefined, message: `MDX syntax error: ${e.reason ?? e.message}` });
    return undefined;
  }
}

/**
 * The whole plan: files in any order, one per chapter 0 to 10. Without `tables` (when the indicator
 * data itself is broken) the model has no table rows and the tables are not checked.
 */
export function buildPlanModel(files: readonly PlanFile[], tables?: ReadonlyMap<number, TableData>): PlanModelResult {
  const problems: Problem[] = [];
  const parsed = files.map((f) => readFile(f, problems)).filter((f): f is ParsedFile => f !== undefined);
  if (problems.length) {
    // The files that could be read are still checked on their own; the plan as a whole waits for the rest.
    for (const f of parsed) problems.push(...numberChapter(f.tree, { chapter: f.data.chapter, title: f.data.title, file: f.file }).problems);
    return { problems };
  }

  const byChapter = new Map<number, ParsedFile>();
  for (const f of parsed) {
    const other = byChapter.get(f.data.chapter);
    if (other) problems.push({ file: f.file, record: 'frontmatter', field: 'chapter', message: `${f.data.chapter} is also the chapter of ${other.file}` });
    else byChapter.set(f.data.chapter, f);
  }
  const missing = Array.from({ length: 11 }, (_, i) => i).filter((n) => !byChapter.has(n));
  // A chapter given twice is also a chapter missing: the first message says it.
  if (missing.length && !problems.length)
    problems.push({ file: 'content/plan/', message: `no file has chapter ${missing.join(', ')}: the plan has a preamble (chapter: 0) and chapters 1 to 10` });
  if (problems.length) return { problems };

  // Files are named by their chapter (03-shehui-baozhang.mdx): two chapters' numbers swapped would
  // otherwise show only as 专栏 numbered out of place.
  const named = (f: ParsedFile) => /^(\d{2})-/u.exec(f.file.slice(f.file.lastIndexOf('/') + 1))?.[1];
  for (const f of parsed) {
    const n = named(f);
    if (n === undefined || Number(n) === f.data.chapter) continue;
    const other = byChapter.get(Number(n));
    const swapped = other && Number(named(other)) === f.data.chapter;
    problems.push({
      file: f.file,
      record: 'frontmatter',
      field: 'chapter',
      message: swapped
        ? `is ${f.data.chapter}, and ${other.file} says chapter: ${other.data.chapter}: the two chapters' numbers are swapped (each file is named by its chapter); put them back`
        : `is ${f.data.chapter}, but the file is named for chapter ${Number(n)}: correct the number, or rename the file`,
    });
    if (swapped) break;
  }
  if (problems.length) return { problems };

  const passages: Passage[] = [];
  const chapters: ChapterModel[] = [];
  let columnsSoFar = 0;
  let misnumbered = false;
  for (let n = 0; n <= 10; n++) {
    const { file, data, tree, titleLine } = byChapter.get(n)!;
    const numbered = numberChapter(tree, { chapter: n, title: data.title, titleLine, file, tables });
    problems.push(...numbered.problems);
    for (const n of numbered.columnNumbers) {
      columnsSoFar += 1;
      // The first one out of place says it; a 专栏 added or removed puts every later one out of place too.
      const column = numbered.columns.find((c) => c.n === n);
      if (n !== null && n !== columnsSoFar && !misnumbered && column) {
        problems.push({
          file,
          line: column.line,
          message: `<Column n={${n}}> is 专栏 ${columnsSoFar} of the plan: 专栏 are numbered 1, 2, 3 … through the chapters`,
        });
        misnumbered = true;
      }
    }
    passages.push(...numbered.passages);
    if (n > 0) {
      chapters.push({
        n,
        anchor: chapterId(n),
        label: chapterLabel(n),
        title: data.title,
        shortTitle: data.shortTitle ?? data.title,
        description: data.description,
        page: chapterPath(n),
        file,
        sections: numbered.sections,
        columns: numbered.columns,
      });
    }
  }
  const tablesShown = new Set(chapters.flatMap((c) => c.columns.filter((col) => col.table).map((col) => col.n)));
  for (const column of problems.length ? [] : (tables?.keys() ?? [])) {
    if (!tablesShown.has(column))
      problems.push({
        file: tables!.get(column)!.file,
        message: `the table of 专栏${column} is in the data but no <IndicatorTable column={${column}}> shows it`,
      });
  }
  // Duplicate anchors can only follow from misnumbered 专栏 or items, already reported.
  const seen = new Map<string, Passage>();
  for (const p of problems.length ? [] : passages) {
    if (p.anchor === '') continue;
    const other = seen.get(p.anchor);
    if (other)
      problems.push({
        file: 'file' in p.source ? p.source.file : '',
        line: 'line' in p.source ? p.source.line : undefined,
        message: `anchor "${p.anchor}" is also used at ${'line' in other.source ? `${other.source.file}:${other.source.line}` : other.source.file}`,
      });
    else seen.set(p.anchor, p);
  }
  const preamble = byChapter.get(0)!;
  return {
    model: { title: preamble.data.title, description: preamble.data.description, preambleFile: preamble.file, chapters, passages },
    problems,
  };
}
