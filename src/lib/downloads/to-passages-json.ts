/**
 * Every passage of the plan as JSON: one record per heading, paragraph and table row, in reading
 * order, with its anchor, kind, place (chapter › section › 专栏 › item), text and address. The records
 * are the site search's passages (src/lib/search/records.ts, the same function the search index is
 * built with), each joined with its passage in the plan model for the text as readers see it; the
 * build fails if the two ever disagree. The schema (PassagesFileSchema, zod) is the documentation:
 * published beside the file as JSON Schema, and the tests validate the file against both.
 */
import { z } from 'astro/zod';
import type { PassageKind } from '../plan/model.ts';
import { squash } from '../plan/fidelity.ts';
import { searchRecords } from '../search/records.ts';
import { passageUrl, siteHome, type ExportInput } from './export-input.ts';
import { repairedSpans } from './plan-blocks.ts';
import { t } from '../../i18n/ui.ts';

/** Where the JSON Schema is published, relative to the JSON file. */
export const PASSAGES_SCHEMA_NAME = 'plan-passages.schema.json';

/** Every kind of passage; the type check below fails when the plan model gains a kind this list lacks. */
const KINDS = [
  'title',
  'chapter',
  'section',
  'column',
  'item',
  'paragraph',
  'table-head',
  'table-category',
  'table-row',
  'table-note',
] as const satisfies readonly PassageKind[];
const allKinds: [Exclude<PassageKind, (typeof KINDS)[number]>] extends [never] ? true : never = true;
void allKinds;

const PathStepSchema = z.strictObject({
  kind: z
    .enum(['title', 'chapter', 'section', 'column', 'item'])
    .describe("What the step is: the plan's title (the preamble stands under it), a chapter, a section (节), a 专栏 or a 专栏 item."),
  anchor: z.string().describe('Its anchor (element id on the site); "" for the title.'),
  label: z.string().describe('Its heading as readers see it, e.g. "第三章 健全多层次社会保障体系", "专栏 5 社会保险制度建设".'),
});

const RepairSchema = z.strictObject({
  erratum: z.string().describe('The id of the repair in the list "errata" of this file.'),
  start: z.int().nonnegative().describe('Where the repaired words start in "text" (UTF-16 code units, as JavaScript counts).'),
  end: z.int().nonnegative().describe('Where they end (exclusive).'),
});

export const PassageRecordSchema = z.strictObject({
  anchor: z
    .string()
    .describe(
      'The element id of the passage on its page ("" for the plan\'s title, which opens the home page); stable: derived from the plan\'s structure, never from its wording.',
    ),
  kind: z
    .enum(KINDS)
    .describe(
      "title, chapter, section (节), column (a 专栏's heading), item (a 专栏 item's heading), paragraph, or a row of an indicator table: table-head, table-category, table-row, table-note.",
    ),
  category: z.enum(['text', 'column', 'indicator']).describe("The search page's filter: plan text, 专栏 text, or the indicator tables (专栏1 and 专栏2)."),
  heading: z.boolean().describe('True for the title and for chapter, section, 专栏 and item headings.'),
  path: z.array(PathStepSchema).describe('Where the passage stands, outermost first: chapter › section › 专栏 › item. A heading is not in its own path.'),
  text: z.string().describe("The text as the site shows it (the official text with the listed repairs); a table row's cells joined by one space."),
  cells: z.array(z.string()).optional().describe('Table rows only: the cells as printed.'),
  url: z.string().describe("The passage on the site: an absolute address when the build knew the site's address, else a path from the host's root."),
  repairs: z.array(RepairSchema).optional().describe('The repaired spots in "text", when there are any.'),
});
export type PassageRecord = z.infer<typeof PassageRecordSchema>;

export const PassagesFileSchema = z.strictObject({
  $schema: z.string().describe('The JSON Schema of this file, published beside it.'),
  title: z.string().describe("The plan's full title."),
  about: z.string().describe('What this file is, in Chinese.'),
  site: z.string().nullable().describe("The site's home page, or null when the build did not know its address."),
  passages: z.array(PassageRecordSchema).describe('Every passage of the plan in reading order; together their texts are the whole plan text.'),
  errata: z
    .array(
      z.strictObject({
        id: z.string().describe('Stable id of the repair.'),
        anchor: z.string().describe('The passage it is in.'),
        original: z.string().describe('The words as extracted from the published PDF.'),
        corrected: z.string().describe('The words as the site (and this file) has them.'),
        reason: z.string().describe('Why, in Chinese.'),
      }),
    )
    .describe("Every repair of the extracted text, in document order (the site's 勘误说明 page)."),
});
export type PassagesFile = z.infer<typeof PassagesFileSchema>;

/** The published JSON Schema (draft 2020-12) of the passages file. */
export const passagesJsonSchema = (): string =>
  `${JSON.stringify({ ...z.toJSONSchema(PassagesFileSchema), title: 'Passages of the plan', description: `Every heading, paragraph and table row of ${t('site.fullName')}, in reading order.` }, null, 2)}\n`;

/** The passages file's data: the search's passages joined with the plan model's. */
function passagesFile(input: ExportInput, about: string): PassagesFile {
  const model = input.plan.passages;
  const searched = searchRecords(input.plan).flatMap((r) => r.passages.map((p) => ({ ...p, page: r.page })));
  if (searched.length !== model.length) throw new Error(`passages JSON: the search has ${searched.length} passages, the plan model ${model.length}`);
  const passages = searched.map((s, i): PassageRecord => {
    const p = model[i]!;
    if (s.anchor !== p.anchor || s.page !== p.page || s.text !== squash(p.text))
      throw new Error(`passages JSON: search passage ${i} (${s.page}#${s.anchor}) is not the plan model's (${p.page}#${p.anchor})`);
    const repairs = repairedSpans(p, input.errata).map((f) => ({ erratum: f.id, start: f.start, end: f.end }));
    return {
      anchor: p.anchor,
      kind: p.kind,
      category: s.kind,
      heading: s.heading === true,
      path: p.path.map((step) => ({ kind: step.kind, anchor: step.anchor, label: step.label })),
      text: p.text,
      ...(p.cells ? { cells: [...p.cells] } : {}),
      url: passageUrl(input, p),
      ...(repairs.length ? { repairs } : {}),
    };
  });
  return {
    $schema: PASSAGES_SCHEMA_NAME,
    title: input.plan.title,
    about,
    site: siteHome(input) ?? null,
    passages,
    errata: input.errata.map((e) => ({ id: e.id, anchor: e.anchor, original: e.original, corrected: e.corrected, reason: e.reason })),
  };
}

export const toPassagesJson = (input: ExportInput, about: string): string => `${JSON.stringify(passagesFile(input, about), null, 2)}\n`;
