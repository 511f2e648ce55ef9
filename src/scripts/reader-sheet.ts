/**
 * The controls of the 无障碍 panel, built when the reader first opens it (loaded through
 * src/scripts/lazy.ts, so no page carries their markup or code before then): 长者模式, 字号, 配色,
 * 高对比度, 朗读 and 打印. Each tool is a SheetTool that adds its block to the panel and wires it
 * to the settings; more tools (大鼠标, 十字线, 大字幕, 语速, 指读, 简约模式) are SheetTools added to
 * TOOLS (their strings in src/i18n/ui.ts, their effect on the page in the stylesheets, read from
 * the attributes src/lib/reader-prefs.ts puts on <html>). Imports nothing the page's own bundle has:
 * a shared module would become a chunk every page fetches (the context brings what is shared).
 */
import type { ReaderPrefs } from '../lib/reader-prefs.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import styles from '../styles/sheet.css?inline';

/** What the page's reader module (src/scripts/reader.ts) hands the panel. */
export interface SheetContext {
  /** The panel to fill. */
  sheet: HTMLElement;
  prefs(): ReaderPrefs;
  /** Changes some settings (applied, stored, shown). */
  set(patch: Partial<ReaderPrefs>): void;
  /** Turns 长者模式 on or off (a preset of several settings). */
  setElder(on: boolean): void;
  /** Called after every change of the settings, and once at once. */
  onPrefs(listener: (prefs: ReaderPrefs) => void): void;
  /** Reads the selection or the section in view aloud; absent where the browser cannot speak. */
  readCurrent?: () => void;
  /** Closes the panel (before printing or reading, which need the page in view). */
  close(): void;
}

export type SheetTool = (ctx: SheetContext) => void;

type Attributes = Record<string, string | boolean | undefined>;

/** <tag attrs…>children</tag>; `true` makes an empty attribute, `false`/undefined leaves it out. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

/** A choose-one group drawn as buttons (the radios stay focusable and readable). */
function choices(ctx: SheetContext, field: 'size' | 'theme', legend: UiKey, options: [string, UiKey][]): HTMLFieldSetElement {
  const name = `reader-${field}`;
  const radios = options.map(([value]) => h('input', { type: 'radio', name, value }));
  radios.forEach((r) => r.addEventListener('change', () => ctx.set({ [field]: r.value })));
  ctx.onPrefs((prefs) => radios.forEach((r) => (r.checked = r.value === prefs[field])));
  return h(
    'fieldset',
    { class: 'tool', 'data-tool': name },
    h('legend', {}, t(legend)),
    h('span', { class: 'segs' }, ...options.map(([, key], i) => h('label', { class: 'seg' }, radios[i]!, h('span', {}, t(key))))),
  );
}

const elderTool: SheetTool = (ctx) => {
  const button = h('button', { type: 'button', class: 'btn elder', 'data-elder': true, 'aria-pressed': 'false', 'aria-describedby': 'reader-elder-hint' }, t('reader.elder'));
  button.addEventListener('click', () => ctx.setElder(!ctx.prefs().elder));
  ctx.onPrefs((prefs) => button.setAttribute('aria-pressed', String(prefs.elder)));
  ctx.sheet.append(h('div', { class: 'tool', 'data-tool': 'elder' }, button, h('span', { id: 'reader-elder-hint', class: 'hint' }, t('reader.elderHint'))));
};

const sizeTool: SheetTool = (ctx) => {
  ctx.sheet.append(
    choices(ctx, 'size', 'reader.size', [
      ['', 'reader.sizeNormal'],
      ['l', 'reader.sizeLarge'],
      ['xl', 'reader.sizeXLarge'],
    ]),
  );
};

const colourTool: SheetTool = (ctx) => {
  const contrast = h('input', { type: 'checkbox', name: 'reader-contrast' });
  contrast.addEventListener('change', () => ctx.set({ contrast: contrast.checked }));
  ctx.onPrefs((prefs) => (contrast.checked = prefs.contrast));
  ctx.sheet.append(
    choices(ctx, 'theme', 'reader.theme', [
      ['', 'reader.themeSystem'],
      ['light', 'reader.themeLight'],
      ['dark', 'reader.themeDark'],
    ]),
    h('div', { class: 'tool', 'data-tool': 'contrast' }, h('label', { class: 'check' }, contrast, h('span', {}, t('reader.contrast')))),
  );
};

/** 朗读 and 打印本章 / 打印全文 / 打印本页. */
const pageTool: SheetTool = (ctx) => {
  const label = document.querySelector('main h1[id]') ? 'reader.printChapter' : document.querySelector('section.chapter') ? 'reader.printFull' : 'reader.printPage';
  const printButton = h('button', { type: 'button', class: 'btn', 'data-print': true }, t(label));
  printButton.addEventListener('click', () => {
    ctx.close();
    print();
  });
  const block = h('div', { class: 'tool actions', 'data-tool': 'page' }, printButton);
  const { readCurrent } = ctx;
  if (readCurrent) {
    const read = h('button', { type: 'button', class: 'btn', 'data-read': true }, t('reader.read'));
    read.addEventListener('click', () => {
      ctx.close(); // the paragraph being read is highlighted: the panel would cover it
      readCurrent();
    });
    block.prepend(read);
  }
  ctx.sheet.append(block);
};

/** The tools, in the order their blocks appear in the panel. */
const TOOLS: SheetTool[] = [elderTool, sizeTool, colourTool, pageTool];

export function buildSheet(ctx: SheetContext): void {
  // A constructed stylesheet: the page's policy (style-src) governs <style> and <link>, not these.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const tool of TOOLS) tool(ctx);
}

// Handed to the page under the name src/scripts/lazy.ts reads (written out: see the header).
const w = window as unknown as { __planLazy?: Record<string, unknown> };
w.__planLazy = { ...w.__planLazy, buildSheet };
