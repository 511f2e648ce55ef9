/**
 * The plan's downloads as bytes, from one input (src/lib/downloads/export-input.ts): the whole plan as
 * .docx, plain text and Markdown, and every passage as JSON with its JSON Schema.
 */
import type { ExportInput } from './export-input.ts';
import type { FileBody, PlanDownload } from './catalog.ts';
import { toDocx } from './to-docx.ts';
import { toMarkdown } from './to-markdown.ts';
import { toPlainText } from './to-plain-text.ts';
import { PASSAGES_SCHEMA_NAME, passagesJsonSchema, toPassagesJson } from './to-passages-json.ts';
import { t } from '../../i18n/ui.ts';

/** Every download's body, by file name. */
export async function planDownloads(input: ExportInput): Promise<Record<PlanDownload, FileBody>> {
  return {
    'plan.docx': new Uint8Array(await toDocx(input)),
    'plan.md': toMarkdown(input),
    'plan.txt': toPlainText(input),
    'plan-passages.json': toPassagesJson(input, t('downloads.jsonFor')),
    [PASSAGES_SCHEMA_NAME]: passagesJsonSchema(),
  };
}
