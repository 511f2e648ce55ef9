/**
 * The controls of the 无障碍 panel, built when the reader first opens it (loaded through
 * src/scripts/lazy.ts, so no page carries their markup or code before then): 长者模式, 简约模式,
 * 字号, 配色, 高对比度, 大鼠标, 十字线, 大字幕, 声音, 语速, 指读/连读, 朗读, 打印, 重置 and 快捷键说明.
 * Each tool is a SheetTool that adds its block to the panel and wires it to the settings (its
 * strings in src/i18n/reader-ui.ts, its effect on the page in the stylesheets, read from the
 * attributes src/lib/reader-prefs.ts puts on <html>). Imports nothing the page's own bundle has:
 * a shared module would become a chunk every page fetches (the context brings what is shared).
 */
import type { ReaderPrefs } from '../lib/reader-prefs.ts';
import { readerUi } from '../i18n/reader-ui.ts';
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
  /** Reads the section in view, or stops reading; absent where the browser cannot speak. */
  readOrStop?: () => void;
  /** Everything back to the defaults. */
  reset(): void;
  /** A message in the toast (read by screen readers). */
  announce(message: string): void;
  /** The header's 无障碍 disclosure around the panel. */
  fold: HTMLDetailsElement | null;
  /** Closes the panel (before printing or reading, which need the page in view). */
  close(): void;
}

export type SheetTool = (ctx: SheetContext) => void;

type UiKey = keyof typeof readerUi;
const t = (key: UiKey): string => readerUi[key];

/**
 * Keyboard shortcuts: Ctrl+Alt+digit (event.code, so any layout), the digit and what it does.
 * Chosen because browsers, Windows and the screen readers (NVDA, JAWS: Insert/CapsLock; Narrator:
 * CapsLock) leave those chords free, while Alt+Shift switches the Windows input method, Alt+digit
 * switches tabs on Linux, Ctrl+digit on Windows, single letters are the screen readers' browse-mode
 * keys, and Ctrl+Alt+A is QQ's screenshot. Off while typing in a field (AltGr, which is Ctrl+Alt,
 * types characters there on some layouts): src/scripts/reader.ts listens and loads this module.
 */
export const SHORTCUTS = [
  ['Digit0', 'reader.openClose'],
  ['Digit1', 'reader.readStop'],
  ['Digit2', 'reader.caption'],
  ['Digit3', 'reader.guide'],
  ['Digit4', 'reader.cursor'],
  ['Digit5', 'reader.simple'],
  ['Digit9', 'reader.reset'],
] as const satisfies readonly (readonly [string, UiKey])[];

/** Runs the shortcut of this key (event.code). */
export function shortcut(ctx: SheetContext, code: string): void {
  const toggle = (key: 'caption' | 'guide' | 'cursor' | 'simple') => {
    const on = !ctx.prefs()[key];
    ctx.set({ [key]: on });
    ctx.announce(`${t(`reader.${key}`)}：${t(on ? 'reader.on' : 'reader.off')}`);
  };
  const { fold } = ctx;
  if (code === 'Digit0' && fold) {
    fold.open = !fold.open;
    if (fold.open) fold.querySelector('summary')?.focus();
  } else if (code === 'Digit1') {
    if (ctx.readOrStop && !ctx.prefs().mute) ctx.readOrStop();
    else ctx.announce(t('reader.muted'));
  } else if (code === 'Digit2') toggle('caption');
  else if (code === 'Digit3') toggle('guide');
  else if (code === 'Digit4') toggle('cursor');
  else if (code === 'Digit5') toggle('simple');
  else if (code === 'Digit9') {
    ctx.reset();
    ctx.announce(t('reader.resetDone'));
  }
}

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
function choices(ctx: SheetContext, field: 'size' | 'theme' | 'rate' | 'speak', legend: UiKey, options: [string, UiKey][]): HTMLFieldSetElement {
  const name = `reader-${field}`;
  const radios = options.map(([value]) => h('input', { type: 'radio', name, value }));
  radios.forEach((r) => r.addEventListener('change', () => ctx.set({ [field]: r.value })));
  ctx.onPrefs((prefs) => radios.forEach((r) => (r.checked = r.value === (prefs[field] ?? ''))));
  return h(
    'fieldset',
    { class: 'tool', 'data-tool': name },
    h('legend', {}, t(legend)),
    h('span', { class: 'segs' }, ...options.map(([, key], i) => h('label', { class: 'seg' }, radios[i]!, h('span', {}, t(key))))),
  );
}

/** A switch drawn as a checkbox; `invert` for settings stored as their opposite (声音 on = mute off). */
function check(ctx: SheetContext, field: 'contrast' | 'cursor' | 'guide' | 'caption' | 'mute', key: UiKey, invert = false): HTMLLabelElement {
  const box = h('input', { type: 'checkbox', name: `reader-${field}` });
  box.addEventListener('change', () => ctx.set({ [field]: box.checked !== invert }));
  ctx.onPrefs((prefs) => (box.checked = (prefs[field] === true) !== invert));
  return h('label', { class: 'check' }, box, h('span', {}, t(key)));
}

/** A preset or mode drawn as one pressed/unpressed button with its explanation. */
function modeButton(ctx: SheetContext, name: 'elder' | 'simple', key: UiKey, hint: UiKey, toggle: () => void): void {
  const button = h('button', { type: 'button', class: 'btn elder', [`data-${name}`]: true, 'aria-pressed': 'false', 'aria-describedby': `reader-${name}-hint` }, t(key));
  button.addEventListener('click', toggle);
  ctx.onPrefs((prefs) => button.setAttribute('aria-pressed', String(prefs[name] === true)));
  ctx.sheet.append(h('div', { class: 'tool', 'data-tool': name }, button, h('span', { id: `reader-${name}-hint`, class: 'hint' }, t(hint))));
}

const elderTool: SheetTool = (ctx) => {
  modeButton(ctx, 'elder', 'reader.elder', 'reader.elderHint', () => ctx.setElder(!ctx.prefs().elder));
  modeButton(ctx, 'simple', 'reader.simple', 'reader.simpleHint', () => ctx.set({ simple: !ctx.prefs().simple }));
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
  ctx.sheet.append(
    choices(ctx, 'theme', 'reader.theme', [
      ['', 'reader.themeSystem'],
      ['light', 'reader.themeLight'],
      ['dark', 'reader.themeDark'],
    ]),
    h('div', { class: 'tool', 'data-tool': 'contrast' }, check(ctx, 'contrast', 'reader.contrast')),
  );
};

/** 大鼠标, 十字线, 大字幕. */
const viewTool: SheetTool = (ctx) => {
  ctx.sheet.append(
    h(
      'fieldset',
      { class: 'tool checks', 'data-tool': 'view' },
      h('legend', {}, t('reader.view')),
      check(ctx, 'cursor', 'reader.cursor'),
      check(ctx, 'guide', 'reader.guide'),
      check(ctx, 'caption', 'reader.caption'),
    ),
  );
};

/** 声音, 语速, 指读/连读, and what went wrong when speech could not run (read-aloud reports it). */
const soundTool: SheetTool = (ctx) => {
  if (!ctx.readCurrent) return;
  const note = h('p', { class: 'hint note', id: 'reader-speech-note', role: 'status' });
  note.textContent = document.querySelector<HTMLElement>('[data-reader-live]')?.dataset.speechProblem ?? '';
  document.addEventListener('plan:speech', (e) => (note.textContent = (e as CustomEvent<string>).detail));
  const mode = choices(ctx, 'speak', 'reader.speakMode', [
    ['', 'reader.speakOff'],
    ['point', 'reader.speakPoint'],
    ['on', 'reader.speakOn'],
  ]);
  mode.append(h('span', { class: 'hint' }, t('reader.speakHint')));
  ctx.sheet.append(
    h('div', { class: 'tool', 'data-tool': 'sound' }, check(ctx, 'mute', 'reader.sound', true), note),
    choices(ctx, 'rate', 'reader.rate', [
      ['slow', 'reader.rateSlow'],
      ['', 'reader.rateNormal'],
      ['fast', 'reader.rateFast'],
    ]),
    mode,
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
    const read = h('button', { type: 'button', class: 'btn', 'data-read': true, 'data-speak-control': true, 'aria-describedby': 'reader-speech-note' }, t('reader.read'));
    read.addEventListener('click', () => {
      ctx.close(); // the paragraph being read is highlighted: the panel would cover it
      readCurrent();
    });
    block.prepend(read);
  }
  ctx.sheet.append(block);
};

/** 重置, and the keyboard shortcuts (a disclosure: read once, then out of the way). */
const helpTool: SheetTool = (ctx) => {
  const reset = h('button', { type: 'button', class: 'btn', 'data-reset': true, 'aria-describedby': 'reader-reset-hint' }, t('reader.reset'));
  reset.addEventListener('click', () => {
    ctx.reset();
    ctx.announce(t('reader.resetDone'));
  });
  const rows = SHORTCUTS.map(([code, label]) => h('tr', {}, h('td', {}, h('kbd', {}, `Ctrl+Alt+${code.slice(-1)}`)), h('td', {}, t(label))));
  ctx.sheet.append(
    h('div', { class: 'tool', 'data-tool': 'reset' }, reset, h('span', { id: 'reader-reset-hint', class: 'hint' }, t('reader.resetHint'))),
    h(
      'details',
      { class: 'tool help', 'data-tool': 'help' },
      h('summary', {}, t('reader.help')),
      h('p', { class: 'hint' }, t('reader.helpIntro')),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('reader.key')), h('th', { scope: 'col' }, t('reader.action')))), h('tbody', {}, ...rows)),
      h('p', { class: 'hint' }, t('reader.helpWhy')),
    ),
  );
};

/** The tools, in the order their blocks appear in the panel. */
const TOOLS: SheetTool[] = [elderTool, sizeTool, colourTool, viewTool, soundTool, pageTool, helpTool];

export function buildSheet(ctx: SheetContext): void {
  // A constructed stylesheet: the page's policy (style-src) governs <style> and <link>, not these.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const tool of TOOLS) tool(ctx);
}

// Handed to the page under the name src/scripts/lazy.ts reads (written out: see the header).
const w = window as unknown as { __planLazy?: Record<string, unknown> };
w.__planLazy = { ...w.__planLazy, buildSheet, shortcut };
