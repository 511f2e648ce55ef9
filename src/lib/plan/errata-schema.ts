/**
 * What an erratum of src/data/errata.ts must hold. Strict: a misspelt key is an error. Whether its
 * anchor exists, whether its `original` is in the official text at that anchor and whether the MDX
 * marks it with <Fix> is checked against the plan model (check-plan.ts).
 */
import { z } from 'astro/zod';
import { isAnchorOf } from '../anchors.ts';
import { ContentError, type Problem } from './problems.ts';
import { fieldIssues, keysOf } from '../schema-issues.ts';

const FILE = 'src/data/errata.ts';

/**
 * The `anchor` of a repair of the plan's title. The title has no anchor of its own (it is the
 * preamble's frontmatter, which holds no <Fix>); the home page and /full/ mark the repair themselves.
 */
export const TITLE_ERRATUM = 'title';

export const ErratumSchema = z.strictObject({
  /** Stable ASCII id, used as the anchor on the 勘误说明 page and by <Fix id="…">. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase ASCII words joined by hyphens'),
  /** Anchor of the paragraph or table row that holds the spot (src/lib/anchors.ts), or "title" for the plan's title; decides the chapter. */
  anchor: z
    .string()
    .refine(
      (a) => a === TITLE_ERRATUM || isAnchorOf(a, ['paragraph', 'table-row', 'table-note', 'table-category', 'table-head']),
      'the anchor of a paragraph or table row, such as s3-1-p1 or column-1-r5, or "title" for the plan\'s title',
    ),
  /** The text exactly as extracted. */
  original: z.string().min(1),
  /** The text as readers see it. */
  corrected: z.string().min(1),
  /** Why, in Chinese, for readers of the 勘误说明 page. */
  reason: z.string().min(1),
  /** Short form for the list when original/corrected are long; defaults to the full texts. */
  summary: z.strictObject({ original: z.string().min(1), corrected: z.string().min(1) }).optional(),
});
export type Erratum = z.infer<typeof ErratumSchema>;

/** Validates the list; throws a ContentError naming the erratum and field. Ids must be unique. */
export function parseErrata(raw: readonly unknown[]): readonly Erratum[] {
  const problems: Problem[] = [];
  const out: Erratum[] = [];
  raw.forEach((item, i) => {
    const r = ErratumSchema.safeParse(item);
    const id = (item as { id?: unknown })?.id;
    const record = `erratum ${typeof id === 'string' ? `"${id}"` : `#${i + 1}`}`;
    const add = (field: string, message: string) => problems.push({ file: FILE, record, field, message });
    if (!r.success) {
      for (const issue of fieldIssues(r.error, (path) => (path === '' ? keysOf(ErratumSchema) : path === 'summary' ? ['original', 'corrected'] : [])))
        add(issue.field, issue.message);
      return;
    }
    if (out.some((e) => e.id === r.data.id)) add('id', `duplicate id: another erratum is "${r.data.id}"`);
    else if (r.data.original === r.data.corrected) add('corrected', 'is the same as original: an erratum must change something');
    out.push(r.data);
  });
  if (problems.length) throw new ContentError(`Invalid errata in ${FILE}`, problems);
  return out;
}
