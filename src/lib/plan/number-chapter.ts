/**
 * The one numbering of the plan: walks the MDX syntax tree (mdast, as @mdx-js/mdx parses it) of one
 * chapter file and gives every section, 专栏, item and paragraph its anchor by position, checks that
 * the file holds only what plan content may hold, and returns the chapter's structure and passages.
 * The model (build-plan-model.ts) and the remark plugin that writes the ids into the pages
 * (src/integrations/plan/remark-plan-anchors.ts) both call it, so contents, search and links can never
 * disagree with the ids on the page.
 *
 * Plan content is paragraphs, `## 第X节 title` headings, <Column n title> with <ColumnItem n title>
 * or paragraphs or one <IndicatorTable column>, and <Fix id> around repaired words. Anything else
 * (raw HTML such as <script>, <style> or <img>, event handler attributes, links, images, expressions,
 * imports) is reported with its line and not rendered by the build.
 */
import {
  chapterId,
  chapterLabel,
  chapterPath,
  columnId,
  columnItemId,
  itemNumber,
  paragraphId,
  sectionId,
  sectionLabel,
  tableCategoryId,
  tableHeadId,
  tableNoteId,
  tableRowId,
  type ParagraphScope,
} from '../anchors.ts';
import type { ColumnModel, FixSpan, ItemModel, Passage, PathStep, SectionModel, SourceRef, TableModel } from './model.ts';
import { charName, ODD_SPACE, UNSEEN } from '../char-names.ts';

import type { Problem } from './problems.ts';
export type { Problem };

/** The part of an mdast / MDX node this module reads. */
export interface TreeNode {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  url?: string;
  attributes?: TreeAttribute[];
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
  data?: Record<string, unknown>;
}

export interface TreeAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** A table as the data module holds it, for <IndicatorTable column={n}>. */
export interface TableData {
  /** The file the data lives in, for messages. */
  file: string;
  header: string[];
  groups: { label: string; rows: { n: number; indicator: string; cells: string[]; unit: string | null }[] }[];
  note: string;
}

export interface ChapterInput {
  /** 0 (title and preamble) to 10. */
  chapter: number;
  /** The chapter title (the plan's title for the preamble), from the frontmatter. */
  title: string;
  /** The frontmatter line of the title (the chapter heading's source). */
  titleLine?: number;
  /** Relative to the project root. */
  file: string;
  /** The tables of 专栏1 and 专栏2, by 专栏 number; without them a table's rows are not in the passages. */
  tables?: ReadonlyMap<number, TableData>;
}

export interface ChapterNumbering {
  sections: SectionModel[];
  columns: ColumnModel[];
  /** The number of each <Column> in order, null where it could not be read: for the plan-wide numbering check. */
  columnNumbers: (number | null)[];
  passages: Passage[];
  /** Every node that gets an id, with the id: paragraphs, headings, <Column>, <ColumnItem>. */
  marks: { node: TreeNode; anchor: string }[];
  problems: Problem[];
}

/** The components plan content may use, with the attributes each takes. */
const COMPONENTS: Record<string, readonly string[]> = {
  Column: ['n', 'title'],
  ColumnItem: ['n', 'title'],
  IndicatorTable: ['column'],
  Fix: ['id'],
};
const ALLOWED = Object.keys(COMPONENTS)
  .map((n) => `<${n}>`)
  .join(', ');

/** {/* a comment *\/}: renders nothing, so maintainers may leave notes. */
const isComment = (node: TreeNode): boolean => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');

const lineOf = (node: TreeNode): number | undefined => node.position?.start.line;

/** Why a node cannot be plan content, in words a maintainer can act on. */
function refusal(node: TreeNode): string {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (name === 'script') return "<script> is not allowed in plan content: it would run on every reader's page";
      if (name === 'style') return '<style> is not allowed in plan content: styles live in the components and src/styles/';
      if (name === '') return 'a JSX fragment <> is not allowed in plan content';
      return `<${name}> is not allowed in plan content; it may use only ${ALLOWED}`;
    }
    case 'link':
    case 'linkReference':
    case 'definition':
      return linkRefusal('link', node.url);
    case 'image':
    case 'imageReference':
      return linkRefusal('image', node.url);
    case 'mdxjsEsm':
      return 'import/export statements are not allowed in plan content (PlanContent provides the components)';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return "a {…} expression is not allowed in plan content: it would print computed text, not the plan's words";
    case 'heading':
      return `a level-${node.depth} heading is not allowed here: sections are "## 第X节 title"; 专栏 and items are <Column> and <ColumnItem>`;
    case 'html':
      return 'raw HTML is not allowed in plan content';
    case 'break':
      return 'a hard line break (two spaces or a backslash at the end of a line) is not plan content: the official paragraph goes on, so join the lines';
    default:
      return `${node.type} is not plan content (markdown formatting would change how the official text reads)`;
  }
}

function linkRefusal(what: 'link' | 'image', url: string | undefined): string {
  const target = (url ?? '').trim();
  const a = what === 'link' ? 'a link to' : 'an image from';
  if (/^javascript:/i.test(target)) return `${a} a javascript: URL is not allowed in plan content`;
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(target) || /^(?:data|blob|https?):/i.test(target)) {
    return `${a} another origin (${target}) is not allowed: the site makes no request to other origins and plan content carries no links`;
  }
  return `${what === 'link' ? 'a link' : 'an image'} is not allowed in plan content: the official text has none (${target || 'no target'})`;
}

/** What in plan text a reader sees or searches differently from the official words: a line break, an odd space or an invisible character. */
const ODD = new RegExp(`\\n|${UNSEEN.source}|${ODD_SPACE.source}`, 'gu');

/** The first such character of `text` (outside <Fix>), with how many there are, what precedes it and its line offset. */
export interface OddCharacter {
  char: string;
  count: number;
  /** Up to 12 characters of the passage before it. */
  before: string;
  /** Lines from the start of the text node to it. */
  lines: number;
}

function oddCharacter(text: string, soFar = ''): OddCharacter | undefined {
  const all = [...text.matchAll(ODD)];
  const first = all[0];
  if (!first) return undefined;
  const before = (soFar + text.slice(0, first.index)).slice(-12);
  return { char: first[0], count: all.length, before, lines: text.slice(0, first.index).split('\n').length - 1 };
}

/**
 * The message for what oddCharacter() found in a passage (`what`: paragraph, heading, title). The
 * fidelity comparison ignores whitespace and sees no invisible character as a difference of words,
 * so without this a U+3000 in 《四川省工伤保险条例》 would reach readers: a gap on the page, and a
 * search for the words that finds nothing.
 */
function oddCharacterMessage(anchor: string, what: string, odd: OddCharacter): string {
  const where = `(${odd.count > 1 ? `the first of ${odd.count} such characters, ` : ''}after “${odd.before.length === 12 ? '…' : ''}${odd.before}”)`;
  if (odd.char === '\n')
    return `${anchor} has a line break inside the ${what} ${where}: browsers show it as a space, and a search across it finds nothing; join the lines`;
  const name = charName(odd.char);
  // Only a paragraph can carry a <Fix>: headings and titles must read as the official text.
  const fix = what === 'paragraph' ? ', or list the change in src/data/errata.ts and mark it with <Fix id="…">' : '';
  if (ODD_SPACE.test(odd.char) || odd.char === '\t')
    return `${anchor} has ${name} ${where}: readers see a gap the official text does not have, and a search for the words across it finds nothing; remove it${fix}`;
  return `${anchor} has ${name} ${where}, which readers cannot see but which breaks a search for the words around it; remove it`;
}

/** The literal value of a JSX attribute: "text" or {3}. */
function attributeValue(attribute: TreeAttribute): { text?: string; expression?: string } {
  const value = attribute.value;
  if (typeof value === 'string') return { text: value };
  if (value && typeof value === 'object' && 'value' in value) return { expression: String((value as { value: unknown }).value) };
  return {};
}

export function numberChapter(tree: TreeNode, input: ChapterInput): ChapterNumbering {
  const { chapter, title, file } = input;
  const problems: Problem[] = [];
  const marks: ChapterNumbering['marks'] = [];
  const sections: SectionModel[] = [];
  const columns: ColumnModel[] = [];
  const passages: Passage[] = [];
  const page = chapter === 0 ? '' : chapterPath(chapter);
  const report = (node: TreeNode | undefined, message: string): void => {
    problems.push({ file, line: node ? lineOf(node) : undefined, message });
  };
  const src = (node: TreeNode): SourceRef => ({ file, line: lineOf(node) ?? 1 });

  /**
   * Checks a component's attributes and returns the known ones by name. Unknown ones are reported;
   * `quiet` is then set so a misspelt attribute is not reported again as a missing one.
   */
  const attributesOf = (node: TreeNode): Map<string, TreeAttribute> & { quiet?: boolean } => {
    const allowed = COMPONENTS[node.name ?? '']!;
    const out: Map<string, TreeAttribute> & { quiet?: boolean } = new Map<string, TreeAttribute>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(node, `<${node.name}> takes no {...spread} attributes`);
        out.quiet = true;
      } else if (/^on/i.test(attribute.name)) {
        report(node, `<${node.name} ${attribute.name}=…>: event handler attributes are not allowed in plan content`);
      } else if (!allowed.includes(attribute.name)) {
        report(node, `<${node.name}> has an unknown attribute "${attribute.name}"; it takes ${allowed.map((a) => `"${a}"`).join(', ')}`);
        out.quiet = true;
      } else out.set(attribute.name, attribute);
    }
    return out;
  };
  const numberAttribute = (node: TreeNode, attributes: Map<string, TreeAttribute> & { quiet?: boolean }, name: string): number | undefined => {
    const attribute = attributes.get(name);
    const { expression } = attribute ? attributeValue(attribute) : {};
    const n = expression === undefined ? NaN : Number(expression);
    if (!Number.isInteger(n) || n < 1) {
      if (!attributes.quiet) report(node, `<${node.name}> needs a whole-number attribute ${name}={…}`);
      return undefined;
    }
    return n;
  };
  const textAttribute = (node: TreeNode, attributes: Map<string, TreeAttribute> & { quiet?: boolean }, name: string): string | undefined => {
    const attribute = attributes.get(name);
    const { text } = attribute ? attributeValue(attribute) : {};
    if (!text || text.trim() === '') {
      if (!attributes.quiet) report(node, `<${node.name}> needs a text attribute ${name}="…"`);
      return undefined;
    }
    return text;
  };

  /**
   * The text of phrasing content (paragraph or heading), with the spans of <Fix> elements. A <Fix>
   * may hold another (a repair inside a repaired stretch: punctuation around a misread word).
   */
  const phrasing = (node: TreeNode): { text: string; fixes: FixSpan[]; odd?: OddCharacter & { line?: number } } | undefined => {
    const fixes: FixSpan[] = [];
    let text = '';
    let ok = true;
    let odd: (OddCharacter & { line?: number }) | undefined;
    const walk = (children: readonly TreeNode[], inFix: boolean): void => {
      for (const child of children) {
        if (child.type === 'text') {
          // What a <Fix> holds is its erratum's corrected text, checked against it: an erratum lists it.
          const found = inFix ? undefined : oddCharacter(child.value ?? '', text);
          if (found && odd) odd.count += found.count;
          else if (found) odd = { ...found, line: lineOf(child) === undefined ? undefined : lineOf(child)! + found.lines };
          text += child.value ?? '';
        } else if (child.type === 'mdxJsxTextElement' && child.name === 'Fix') {
          const id = textAttribute(child, attributesOf(child), 'id');
          const start = text.length;
          const fix: FixSpan = { id: id ?? '', start, end: start };
          if (id) fixes.push(fix);
          else ok = false;
          walk(child.children ?? [], true);
          fix.end = text.length;
        } else {
          report(child, inFix ? '<Fix> may hold only the corrected words (and a nested <Fix>), no markup' : refusal(child));
          ok = false;
        }
      }
    };
    walk(node.children ?? [], false);
    return ok ? { text, fixes, ...(odd ? { odd } : {}) } : undefined;
  };
  /** Reports what oddCharacter() found in a passage, at its line. */
  const reportOdd = (node: TreeNode, anchor: string, what: string, odd: (OddCharacter & { line?: number }) | undefined): void => {
    if (odd) problems.push({ file, line: odd.line ?? lineOf(node), message: oddCharacterMessage(anchor, what, odd) });
  };

  const passage = (p: Omit<Passage, 'page' | 'chapter'>, fixes?: FixSpan[]): void => {
    passages.push({ ...p, page, chapter, ...(fixes && fixes.length ? { fixes } : {}) });
  };

  /** A paragraph numbered in `scope`. */
  const paragraph = (node: TreeNode, scope: ParagraphScope, index: number, path: PathStep[]): void => {
    const anchor = paragraphId(scope, index);
    marks.push({ node, anchor });
    const content = phrasing(node);
    reportOdd(node, anchor, 'paragraph', content?.odd);
    if (content) passage({ anchor, kind: 'paragraph', text: content.text, path, source: src(node) }, content.fixes);
  };

  const chapterStep: PathStep =
    chapter === 0 ? { kind: 'title', anchor: '', label: title } : { kind: 'chapter', anchor: chapterId(chapter), label: `${chapterLabel(chapter)} ${title}` };
  passage({
    anchor: chapterStep.anchor,
    kind: chapter === 0 ? 'title' : 'chapter',
    text: chapterStep.label,
    path: [],
    source: { file, line: input.titleLine ?? 1 },
  });
  const titleOdd = oddCharacter(title);
  if (titleOdd)
    problems.push({ file, line: input.titleLine ?? 1, message: oddCharacterMessage(chapter === 0 ? 'the title' : chapterId(chapter), 'title', titleOdd) });

  let scope: ParagraphScope = chapter === 0 ? { kind: 'preamble' } : { kind: 'chapter', chapter };
  let scopePath: PathStep[] = [chapterStep];
  let paragraphs = 0;
  let misnumbered = false;

  const columnNumbers: (number | null)[] = [];
  const column = (node: TreeNode): void => {
    const attributes = attributesOf(node);
    const n = numberAttribute(node, attributes, 'n');
    const columnTitle = textAttribute(node, attributes, 'title');
    columnNumbers.push(n ?? null);
    if (n === undefined || columnTitle === undefined) return;
    const anchor = columnId(n);
    marks.push({ node, anchor });
    const model: ColumnModel = { n, anchor, title: columnTitle, chapter, section: sections.length, items: [], file, line: lineOf(node) ?? 1 };
    columns.push(model);
    reportOdd(node, anchor, 'title', oddCharacter(columnTitle));
    const heading = `专栏 ${n} ${columnTitle}`;
    passage({ anchor, kind: 'column', text: heading, path: scopePath, source: src(node) });
    const inside: PathStep[] = [...scopePath, { kind: 'column', anchor, label: heading }];
    let own = 0;
    for (const child of node.children ?? []) {
      if (isComment(child)) continue;
      if (child.type === 'paragraph') {
        if (model.items.length > 0) report(child, `a paragraph after the items of 专栏${n}: put it inside a <ColumnItem>`);
        else paragraph(child, { kind: 'column', column: n }, ++own, inside);
      } else if (child.type === 'mdxJsxFlowElement' && child.name === 'ColumnItem') {
        item(child, model, inside);
      } else if (child.type === 'mdxJsxFlowElement' && child.name === 'IndicatorTable') {
        table(child, model, inside);
      } else if (child.type === 'mdxJsxFlowElement' && child.name === 'Column') {
        report(child, `<Column> inside 专栏${n}: close </Column> first`);
      } else if (child.type === 'mdxJsxFlowElement' && child.name === 'Fix') {
        report(child, '<Fix> belongs inside a paragraph, around the corrected words');
      } else report(child, refusal(child));
    }
  };

  /** Items seen in each 专栏 (also those whose attributes could not be read), for their places. */
  const itemsSeen = new Map<ColumnModel, number>();
  const item = (node: TreeNode, parent: ColumnModel, path: PathStep[]): void => {
    const attributes = attributesOf(node);
    const n = numberAttribute(node, attributes, 'n');
    const itemTitle = textAttribute(node, attributes, 'title');
    const expected = (itemsSeen.get(parent) ?? 0) + 1;
    itemsSeen.set(parent, expected);
    if (n === undefined || itemTitle === undefined) return;
    // The first item out of place says it; an item added or removed puts every later one out of place too.
    if (n !== expected && !misplacedItems.has(parent)) {
      report(node, `<ColumnItem n={${n}}> is item ${expected} of 专栏${parent.n}: items are numbered 1, 2, 3 … in order`);
      misplacedItems.add(parent);
    }
    const anchor = columnItemId(parent.n, n);
    marks.push({ node, anchor });
    const model: ItemModel = { n, anchor, title: itemTitle, line: lineOf(node) ?? 1 };
    parent.items.push(model);
    reportOdd(node, anchor, 'title', oddCharacter(itemTitle));
    const heading = `${itemNumber(n)} ${itemTitle}`;
    passage({ anchor, kind: 'item', text: heading, path, source: src(node) });
    const inside: PathStep[] = [...path, { kind: 'item', anchor, label: heading }];
    let own = 0;
    for (const child of node.children ?? []) {
      if (isComment(child)) continue;
      if (child.type === 'paragraph') paragraph(child, { kind: 'item', column: parent.n, item: n }, ++own, inside);
      else
        report(
          child,
          child.type === 'mdxJsxFlowElement' && child.name === 'ColumnItem' ? '<ColumnItem> inside another: close </ColumnItem> first' : refusal(child),
        );
    }
  };

  const misplacedItems = new Set<ColumnModel>();
  const table = (node: TreeNode, parent: ColumnModel, path: PathStep[]): void => {
    const n = numberAttribute(node, attributesOf(node), 'column');
    if (n === undefined) return;
    if (n !== parent.n) return report(node, `<IndicatorTable column={${n}}> stands in 专栏${parent.n}: the numbers must agree`);
    if ((node.children ?? []).length > 0) return report(node, '<IndicatorTable> takes no content: its rows come from src/data/indicators.ts');
    if (!input.tables) return; // numbering the page only: the rows come from the data, rendered by the component
    const data = input.tables.get(n);
    if (!data) return report(node, `<IndicatorTable column={${n}}>: src/data/indicators.ts has no table for 专栏${n}`);
    const record = (what: string): SourceRef => ({ file: data.file, record: `table ${n}${what}` });
    const model: TableModel = {
      header: { anchor: tableHeadId(n), cells: data.header },
      groups: data.groups.map((g, i) => ({
        anchor: tableCategoryId(n, i + 1),
        label: g.label,
        rows: g.rows.map((r) => ({ anchor: tableRowId(n, r.n), n: r.n, indicator: r.indicator, cells: r.cells, unit: r.unit })),
      })),
      note: { anchor: tableNoteId(n), text: data.note },
    };
    parent.table = model;
    passage({ anchor: model.header.anchor, kind: 'table-head', text: data.header.join(' '), cells: data.header, path, source: record(' header') });
    model.groups.forEach((g, i) => {
      passage({ anchor: g.anchor, kind: 'table-category', text: g.label, path, source: record(` category ${i + 1}`) });
      for (const row of g.rows)
        passage({
          anchor: row.anchor,
          kind: 'table-row',
          text: row.cells.join(' '),
          cells: row.cells,
          path,
          source: { file: data.file, record: row.indicator },
        });
    });
    passage({ anchor: model.note.anchor, kind: 'table-note', text: data.note, path, source: record(' note') });
  };

  for (const node of tree.children ?? []) {
    if (isComment(node)) continue;
    if (node.type === 'paragraph') {
      paragraph(node, scope, ++paragraphs, scopePath);
    } else if (node.type === 'heading' && node.depth === 2 && chapter > 0) {
      const n = sections.length + 1;
      const anchor = sectionId(chapter, n);
      marks.push({ node, anchor });
      const content = phrasing(node);
      if (content?.fixes.length) report(node, '<Fix> in a section heading: errata repair paragraphs and table rows');
      reportOdd(node, anchor, 'heading', content?.odd);
      const text = content?.text.trim() ?? '';
      const label = sectionLabel(n);
      const rest = text.startsWith(label) ? text.slice(label.length) : undefined;
      if (content && (rest === undefined || !/^\s+\S/.test(rest))) {
        // Once one heading is off (a section added or removed), the later ones are too: say it once.
        if (!misnumbered) report(node, `section heading ${n} of the chapter must read "## ${label} title"; found "## ${text}"`);
        misnumbered = true;
      }
      const sectionTitle = (rest ?? text.replace(/^第\S+节/, '')).trim();
      sections.push({ n, anchor, label, title: sectionTitle, line: lineOf(node) ?? 1 });
      passage({ anchor, kind: 'section', text: `${label} ${sectionTitle}`, path: [chapterStep], source: src(node) });
      scope = { kind: 'section', chapter, section: n };
      scopePath = [chapterStep, { kind: 'section', anchor, label: `${label} ${sectionTitle}` }];
      paragraphs = 0;
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Column' && chapter > 0) {
      column(node);
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'ColumnItem') {
      report(node, '<ColumnItem> outside a <Column>: items belong inside their 专栏');
    } else if (node.type === 'mdxJsxFlowElement' && (node.name === 'IndicatorTable' || node.name === 'Fix')) {
      report(node, node.name === 'Fix' ? '<Fix> belongs inside a paragraph, around the corrected words' : '<IndicatorTable> belongs inside its <Column>');
    } else if (chapter === 0 && (node.type === 'heading' || (node.type === 'mdxJsxFlowElement' && node.name === 'Column'))) {
      report(node, 'the preamble (chapter 0) holds paragraphs only');
    } else {
      report(node, refusal(node));
    }
  }
  return { sections, columns, columnNumbers, passages, marks, problems };
}
