/**
 * The whole plan as plain text, from the plan model: UTF-8 with a byte-order mark and CRLF line ends
 * (older Windows editors, WPS and Notepad among them, open it with the Chinese intact), paragraphs
 * indented with two ideographic spaces as Chinese documents are, each 专栏 between two rules, the
 * indicator tables one row a line with tab-separated cells (they paste into a spreadsheet). Layout,
 * so that a reader and the tests can tell plan text from the file's own words: the title, the lines
 * saying what the file is, a line of ═, the plan, a line of ═, then the 勘误说明 list. Rules (lines
 * of ─ or ═ alone) are the only characters added inside the plan.
 */
import { documentFacts, errataEntries, exportNote, type ExportInput } from './export-input.ts';
import { planBlocks, type ColumnChild } from './plan-blocks.ts';
import { BOM } from '../open-data.ts';
import { t } from '../../i18n/ui.ts';
import { plainText } from '../escape.ts';

/** Separates the file's own words from the plan. */
export const TEXT_PART_RULE = '═'.repeat(30);
/** Opens and closes a 专栏. */
export const TEXT_COLUMN_RULE = '─'.repeat(30);
const INDENT = '\u3000\u3000';

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

function columnChild(child: ColumnChild): string[] {
  if (child.type === 'item') return [oneLine(child.passage.text)];
  if (child.type === 'paragraph') return [INDENT + oneLine(child.passage.text)];
  const rows = [child.head.cells!, ...child.groups.flatMap((g) => [[g.category.text], ...g.rows.map((r) => r.cells!)])];
  return [rows.map((cells) => cells.map(oneLine).join('\t')).join('\n'), ...(child.note ? [oneLine(child.note.text)] : [])];
}

export function toPlainText(input: ExportInput): string {
  const out: string[] = [];
  for (const block of planBlocks(input.plan)) {
    switch (block.type) {
      case 'title':
        // The title's line break in the official text stays a line break.
        out.push(
          block.passage.text.trim().split(/\s+/u).join('\n'),
          [...documentFacts(input.document, input).map((f) => `${f.label}：${f.value}`), ...exportNote(input)].join('\n'),
          TEXT_PART_RULE,
        );
        break;
      case 'chapter':
      case 'section':
        out.push(oneLine(block.passage.text));
        break;
      case 'paragraph':
        out.push(INDENT + oneLine(block.passage.text));
        break;
      case 'column':
        out.push([TEXT_COLUMN_RULE, oneLine(block.passage.text)].join('\n'), ...block.children.flatMap(columnChild), TEXT_COLUMN_RULE);
        break;
    }
  }
  out.push(TEXT_PART_RULE, t('nav.errata'), t('export.errataIntro'));
  for (const e of errataEntries(input)) {
    out.push(
      [
        `${e.n}. ${e.location}（${e.url}）`,
        `${t('errata.original')}：${e.original}`,
        `${t('errata.corrected')}：${e.corrected}`,
        `${t('errata.reason')}：${e.erratum.reason}`,
      ].join('\n'),
    );
  }
  // One door out: no control character of any value reaches the file (its line ends are written here).
  return BOM + plainText(`${out.join('\n\n')}\n`).replace(/\n/gu, '\r\n');
}
