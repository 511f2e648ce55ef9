/**
 * The whole plan as one Markdown file (CommonMark + GFM tables), from the plan model: the title as
 * `#`, chapters `##`, sections `###`, each 专栏 a block quote with its heading `####` and items
 * `#####`, the indicator tables as GFM tables. Layout of the file, so that a reader and the tests can
 * tell plan text from the file's own words: the title, then a block quote saying what the file is
 * (and the document facts the publisher has set), a thematic break, the plan, another thematic break,
 * then the 勘误说明 list. Every character of plan text that Markdown would read as syntax is escaped.
 */
import { documentFacts, errataEntries, exportNote, type ExportInput } from './export-input.ts';
import { planBlocks, type ColumnChild, type TableBlock } from './plan-blocks.ts';
import { t } from '../../i18n/ui.ts';
import { markdownInline, markdownText } from '../escape.ts';

/** One line of text: whitespace runs (line breaks of the source) become one space. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();
const md = (text: string) => markdownText(oneLine(text));

function table(block: TableBlock): string[] {
  const head = block.head.cells!;
  const row = (cells: readonly string[]) => `| ${cells.map((c) => markdownInline(oneLine(c))).join(' | ')} |`;
  const lines = [row(head), `| ${head.map(() => '---').join(' | ')} |`];
  for (const group of block.groups) {
    lines.push(row([group.category.text, ...head.slice(1).map(() => '')]));
    for (const r of group.rows) lines.push(row(r.cells!));
  }
  return [lines.join('\n'), ...(block.note ? [md(block.note.text)] : [])];
}

function columnChild(child: ColumnChild): string[] {
  if (child.type === 'table') return table(child);
  if (child.type === 'item') return [`##### ${md(child.passage.text)}`];
  return [md(child.passage.text)];
}

/** Prefixes every line of a run of blocks with "> " (blank lines between blocks too). */
const quote = (blocks: readonly string[]) =>
  blocks
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

export function toMarkdown(input: ExportInput): string {
  const out: string[] = [];
  for (const block of planBlocks(input.plan)) {
    switch (block.type) {
      case 'title':
        out.push(
          `# ${md(block.passage.text)}`,
          quote([...documentFacts(input.document, input).map((f) => md(`${f.label}：${f.value}`)), ...exportNote(input).map(md)]),
          '---',
        );
        break;
      case 'chapter':
        out.push(`## ${md(block.passage.text)}`);
        break;
      case 'section':
        out.push(`### ${md(block.passage.text)}`);
        break;
      case 'paragraph':
        out.push(md(block.passage.text));
        break;
      case 'column':
        out.push(quote([`#### ${md(block.passage.text)}`, ...block.children.flatMap(columnChild)]));
        break;
    }
  }
  out.push('---', `## ${md(t('nav.errata'))}`, md(t('export.errataIntro')));
  for (const e of errataEntries(input)) {
    out.push(
      [
        `${e.n}\\. [${md(e.location)}](${e.url})`,
        '',
        `- ${md(t('errata.original'))}：${md(e.original)}`,
        `- ${md(t('errata.corrected'))}：${md(e.corrected)}`,
        `- ${md(t('errata.reason'))}：${md(e.erratum.reason)}`,
      ].join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}
