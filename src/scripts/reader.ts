/**
 * The reading tools (无障碍). Their controls sit in the header's 无障碍 panel (ReaderSheet.astro), one
 * block per tool; the read-aloud bar and status messages outside it (ReaderStatus.astro). Each tool
 * is a ReaderTool that wires its block from the shared ReaderContext; a new tool is a block in
 * ReaderSheet.astro and a ReaderTool (in its own module in src/scripts/) added to TOOLS. One bundle
 * on purpose: read-aloud is ~1.4 KB gzip, less than the ~1 KB preload helper Vite adds to any
 * dynamic import plus a second request.
 */
import { parsePrefs, prefsAttributes, toggleElder, PREFS_KEY, type ReaderPrefs } from '../lib/reader-prefs.ts';
import { copyText, initParagraphTools } from './paragraph-tools.ts';
import { initReadingAids, keepReadingPosition } from './reading-aids.ts';
import { preparePrint } from './print.ts';
import { readAloud } from './read-aloud.ts';

export type Strings = Record<string, string>;

/** What every tool gets: its panel, the shared settings and the ways to speak to the reader. */
export interface ReaderContext {
  /** The panel the tools put their controls in (inside the header's 无障碍 disclosure). */
  sheet: HTMLElement;
  /** The disclosure that holds it: tools close it when their action needs the page in view. */
  fold: HTMLDetailsElement | null;
  /** The read-aloud bar and the status region, outside the panel. */
  live: HTMLElement;
  /** The UI strings the page gave the browser modules (ReaderStatus.astro). */
  strings: Strings;
  /** A short message, shown as a toast and read by screen readers. */
  announce: (message: string) => void;
  prefs(): ReaderPrefs;
  /** Applies, stores and shows new settings, keeping the paragraph being read in place. */
  update(next: ReaderPrefs): void;
  /** Called after every change of the settings (this tab's or another's), and once at the start. */
  onPrefs(listener: (prefs: ReaderPrefs) => void): void;
}

export type ReaderTool = (ctx: ReaderContext) => void;

function loadPrefs(): ReaderPrefs {
  try {
    return parsePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    return parsePrefs(null); // storage disabled: choices last for this page only
  }
}

function savePrefs(prefs: ReaderPrefs): void {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // storage full or disabled: the choice still applies to this page
  }
}

function applyPrefs(prefs: ReaderPrefs): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/** A short message in the live region, shown as a toast and read by screen readers. */
export function announcer(live: HTMLElement): (message: string) => void {
  const status = live.querySelector<HTMLElement>('[data-status]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 5000);
  };
}

/** 长者模式, text size, colours and contrast: controls over the stored settings. */
const displayTool: ReaderTool = (ctx) => {
  const radios = (name: string) => [...ctx.sheet.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const contrast = ctx.sheet.querySelector<HTMLInputElement>('input[name="reader-contrast"]')!;
  const elder = ctx.sheet.querySelector<HTMLButtonElement>('[data-elder]')!;
  for (const r of radios('reader-size')) r.addEventListener('change', () => ctx.update({ ...ctx.prefs(), size: r.value as ReaderPrefs['size'] }));
  for (const r of radios('reader-theme')) r.addEventListener('change', () => ctx.update({ ...ctx.prefs(), theme: r.value as ReaderPrefs['theme'] }));
  contrast.addEventListener('change', () => ctx.update({ ...ctx.prefs(), contrast: contrast.checked }));
  elder.addEventListener('click', () => ctx.update(toggleElder(ctx.prefs(), !ctx.prefs().elder)));
  ctx.onPrefs((prefs) => {
    for (const r of radios('reader-size')) r.checked = r.value === prefs.size;
    for (const r of radios('reader-theme')) r.checked = r.value === prefs.theme;
    contrast.checked = prefs.contrast;
    elder.setAttribute('aria-pressed', String(prefs.elder));
  });
};

/** 朗读 and 打印, the reading aids, and each paragraph's link and citation tools. */
const pageTool: ReaderTool = (ctx) => {
  const read = ctx.sheet.querySelector<HTMLButtonElement>('[data-read]')!;
  const close = () => ctx.fold && (ctx.fold.open = false);
  ctx.sheet.querySelector('[data-print]')!.addEventListener('click', () => {
    close();
    print();
  });
  addEventListener('beforeprint', preparePrint);

  const speechReady = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  const speech = () => readAloud(ctx.live, ctx.fold?.querySelector('summary') ?? read, ctx.strings, ctx.announce);
  const dock = initReadingAids(ctx.strings);
  if (speechReady) {
    read.hidden = false;
    read.addEventListener('click', () => {
      close(); // the paragraph being read is highlighted: the panel would cover it
      speech().readCurrent();
    });
    // The panel is at the top of the page; the dock offers 朗读 where the reader is.
    const again = read.cloneNode(true) as HTMLButtonElement;
    again.className = 'reader-btn';
    again.addEventListener('click', () => speech().readCurrent());
    dock?.prepend(again);
  }
  initParagraphTools({ strings: ctx.strings, announce: ctx.announce, read: speechReady ? (el) => speech().readFrom(el) : undefined });
};

/** 分享 (Share.astro): the page's address where the build did not know it, and 复制链接. */
const shareTool: ReaderTool = (ctx) => {
  const address = location.href.replace(/[?#].*$/u, '');
  for (const panel of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const shown = panel.querySelector<HTMLElement>('[data-share-url]');
    if (shown && !shown.textContent) shown.textContent = address;
    const button = panel.querySelector<HTMLButtonElement>('[data-copy-link]');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = shown?.textContent || address;
      ctx.announce((await copyText(url)) ? ctx.strings['reader.copiedLink']! : ctx.strings['reader.copyFailed']! + url);
    });
  }
};

/** The tools, in the order they are set up. */
const TOOLS: ReaderTool[] = [displayTool, pageTool, shareTool];

export function initReader(): void {
  const live = document.querySelector<HTMLElement>('[data-reader-live]');
  const sheet = document.querySelector<HTMLElement>('[data-reader-sheet]');
  if (!live || !sheet) return;
  const listeners: ((prefs: ReaderPrefs) => void)[] = [];
  let prefs = loadPrefs();
  const changed = () => listeners.forEach((l) => l(prefs));
  const ctx: ReaderContext = {
    sheet,
    fold: sheet.closest('details'),
    live,
    strings: JSON.parse(live.dataset.strings ?? '{}') as Strings,
    announce: announcer(live),
    prefs: () => prefs,
    update(next) {
      prefs = next;
      keepReadingPosition(() => applyPrefs(prefs));
      savePrefs(prefs);
      changed();
    },
    onPrefs: (listener) => void listeners.push(listener),
  };

  // Another tab changed the choices: follow them here too.
  addEventListener('storage', (e) => {
    if (e.key !== PREFS_KEY) return;
    prefs = loadPrefs();
    applyPrefs(prefs);
    changed();
  });
  applyPrefs(prefs);
  for (const tool of TOOLS) tool(ctx);
  changed();
}
