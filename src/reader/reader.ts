/**
 * The reading tools (无障碍) on every page: applies and keeps the reader's settings (the pre-paint
 * script in <head> has put them on <html> already), adds each paragraph's link and citation tools
 * and 朗读 to the dock (reading-aids.ts), and wires 大字 and 分享. The 无障碍 panel's controls are built the first time it opens
 * (src/reader/sheet.ts) and read-aloud loads on first use (src/reader/read-aloud.ts), both
 * through src/reader/lazy.ts, so before the reader asks, no page carries them. The read-aloud bar
 * and status messages sit outside the panel (ReaderStatus.astro).
 */
import { DEFAULT_PREFS, parsePrefs, prefsAttributes, RATE_VALUES, toggleElder, PREFS_KEY, type ReaderPrefs } from './prefs.ts';
import { opensSection } from '../lib/anchors.ts';
import { initParagraphTools } from './paragraph-tools.ts';
import { lazy, loaded, withLazy, type LazyModules } from './lazy.ts';
import type { SheetContext } from './sheet.ts';

export type Strings = Record<string, string>;

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
function announcer(live: HTMLElement): (message: string) => void {
  const status = live.querySelector<HTMLElement>('[data-status]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 5000);
  };
}

export function initReader(): void {
  const live = document.querySelector<HTMLElement>('[data-reader-live]');
  const sheet = document.querySelector<HTMLElement>('[data-reader-sheet]');
  if (!live || !sheet) return;
  const fold = sheet.closest('details');
  const strings = JSON.parse(live.dataset.strings ?? '{}') as Strings;
  const announce = announcer(live);
  const listeners: ((prefs: ReaderPrefs) => void)[] = [];
  let prefs = loadPrefs();
  const update = (next: ReaderPrefs) => {
    prefs = next;
    applyPrefs(prefs);
    savePrefs(prefs);
    listeners.forEach((l) => l(prefs));
  };
  // Another tab changed the choices: follow them here too.
  addEventListener('storage', (e) => {
    if (e.key !== PREFS_KEY) return;
    prefs = loadPrefs();
    applyPrefs(prefs);
    listeners.forEach((l) => l(prefs));
  });
  applyPrefs(prefs);

  const speechReady = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  // The Chinese voices that run on this device (the page's text is never sent to an online service).
  const zhVoices = () => (speechReady ? speechSynthesis.getVoices().filter((v) => v.localService && /^zh/i.test(v.lang)) : []);
  // None (or no speech at all): <html data-novoice>, and every 朗读 control gives way to the reason
  // before she tries (reader.css, reader-tools.css; read-aloud.ts copes when asked anyway). Voices
  // often arrive after the page (voiceschanged), or only once asked for (checked again as the panel opens).
  const heard = () => document.documentElement.toggleAttribute('data-novoice', !zhVoices().length);
  heard();
  if (speechReady) speechSynthesis.onvoiceschanged = heard;
  // The tools' code could not be had (offline, or the site was updated): said where the reader asked for something.
  const failed = () => announce(strings['reader.loadFailed']!);
  const speech = (use: (s: ReturnType<LazyModules['readAloud']>) => unknown) =>
    withLazy(
      'readAloud',
      (readAloud) => use(readAloud(live, fold?.querySelector('summary') ?? sheet, announce, opensSection, () => RATE_VALUES[prefs.rate ?? ''], zhVoices)),
      failed,
    );
  // The control that asked, taken now: focus may move while read-aloud loads.
  const readCurrent = () => {
    const from = document.activeElement;
    speech((s) => s.readCurrent(from));
  };
  // The dock (reading-aids.ts, with the header's module, which runs first).
  const dock = document.querySelector('.reader-dock');
  if (dock) {
    // The dock at the bottom offers 朗读 where the reader is, once scrolled.
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'reader-btn';
    again.dataset.speakControl = '';
    again.textContent = strings['reader.read']!;
    again.addEventListener('click', readCurrent);
    dock.prepend(again);
  }
  initParagraphTools({
    strings,
    announce,
    read: (el) => {
      const from = document.activeElement;
      speech((s) => s.readFrom(el, from));
    },
  });
  // 分享 (Share.astro): 复制链接, and the address where the build did not know it, once a panel first opens (src/reader/share.ts).
  for (const panel of document.querySelectorAll<HTMLElement>('[data-share]'))
    panel.addEventListener('toggle', () => withLazy('share', (init) => init(panel, announce), failed), { once: true });
  // Copying without the marks added for readers: its code loads when the reader first selects something
  // (a copy handler cannot wait for it: until the module has run, the browser copies as usual).
  document.addEventListener('selectionchange', () => withLazy('cleanCopy', () => 0), { once: true });
  document.addEventListener('copy', (e) => loaded('cleanCopy')?.(e));

  // 大鼠标, 十字线, 大字幕 and 指读/连读: their code and styles load when one is first on.
  let pointing = false;
  listeners.push((p) => {
    if (pointing || !(p.cursor || p.guide || p.caption || p.speak)) return;
    pointing = true;
    withLazy('pointerTools', (start) =>
      start({
        prefs: () => prefs,
        read: (el, onward) => {
          if (prefs.mute) return;
          speech((s) => s.readElement(el, onward));
        },
      }),
    );
  });
  // 大字 (BigText.astro): 特大 in one tap; tapped again, 标准 (leaving 长者模式, whose text is 特大). Pressed at
  // once; the text changes once the paragraph in view can be kept in place (keep-position.ts comes with
  // the tools). A second tap while they load asks for the same change.
  for (const big of document.querySelectorAll<HTMLElement>('.big-text')) {
    big.addEventListener('click', () => {
      const next = prefs.size ? { ...toggleElder(prefs, false), size: '' as const } : { ...prefs, size: 'xl' as const };
      const change = () => update(next);
      big.ariaPressed = String(!!next.size);
      void lazy('keepReadingPosition').then((keep) => keep(change), change);
    });
    listeners.push((p) => (big.ariaPressed = String(!!p.size)));
  }
  listeners.forEach((l) => l(prefs));

  const reset = () => update({ ...DEFAULT_PREFS });
  // The shortcuts (Ctrl+Alt+digit, src/reader/shortcuts.ts; their digits in data-keys): what they do loads with the tools' module.
  const keys = live.dataset.keys!;
  addEventListener('keydown', (e) => {
    if (!/^Digit\d$/.test(e.code) || !keys.includes(e.code[5]!) || !e.ctrlKey || !e.altKey || e.shiftKey || e.metaKey) return;
    if ((e.target as Element).closest?.('input:not([type=radio],[type=checkbox]), textarea, select, [contenteditable]')) return;
    e.preventDefault();
    withLazy('shortcut', (run) => run(ctx, e.code), failed);
  });

  // The panel's controls, the first time it opens.
  const ctx: SheetContext = {
    sheet,
    prefs: () => prefs,
    set: (patch) => update({ ...prefs, ...patch }),
    setElder: (on) => update(toggleElder(prefs, on)),
    onPrefs(listener) {
      listeners.push(listener);
      listener(prefs);
    },
    readCurrent,
    reset,
    announce,
    fold,
    close: () => fold && (fold.open = false),
  };
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    sheet.setAttribute('aria-busy', 'true');
    lazy('buildSheet')
      .then((buildSheet) => buildSheet(ctx))
      .catch(() => {
        // Offline, or the server refused: say so in the panel; opening it again tries again.
        built = false;
        sheet.textContent = strings['reader.loadFailed']!;
      })
      .finally(() => sheet.removeAttribute('aria-busy'));
  };
  if (fold?.open) build();
  fold?.addEventListener('toggle', () => {
    heard();
    if (fold.open) build();
  });
}
