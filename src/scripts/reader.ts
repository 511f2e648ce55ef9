/**
 * The reading toolbar's behaviour: applies and stores the display choices, preserves the reading
 * position when text size changes, and wires read-aloud, print, the per-paragraph link and citation
 * tools and the reading aids. One module on purpose: read-aloud is ~1.4 KB gzip, less than the
 * ~1 KB preload helper Vite adds to any dynamic import plus a second request.
 */
import { parsePrefs, prefsAttributes, toggleElder, PREFS_KEY, type ReaderPrefs } from '../lib/reader-prefs.ts';
import { initParagraphTools } from './paragraph-tools.ts';
import { initReadingAids, keepReadingPosition } from './reading-aids.ts';
import { preparePrint } from './print.ts';
import { readAloud } from './read-aloud.ts';

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

/** A short message in the toolbar's live region, shown as a toast and read by screen readers. */
export function announcer(bar: HTMLElement): (message: string) => void {
  const status = bar.querySelector<HTMLElement>('[data-status]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 5000);
  };
}

export function initReader(): void {
  const bar = document.querySelector<HTMLElement>('.reader-bar');
  if (!bar) return;
  const strings = JSON.parse(bar.dataset.strings ?? '{}') as Strings;
  const announce = announcer(bar);
  let prefs = loadPrefs();

  const radios = (name: string) => [...bar.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const contrast = bar.querySelector<HTMLInputElement>('input[name="reader-contrast"]')!;
  const elder = bar.querySelector<HTMLButtonElement>('[data-elder]')!;

  const sync = () => {
    for (const r of radios('reader-size')) r.checked = r.value === prefs.size;
    for (const r of radios('reader-theme')) r.checked = r.value === prefs.theme;
    contrast.checked = prefs.contrast;
    elder.setAttribute('aria-pressed', String(prefs.elder));
  };
  const update = (next: ReaderPrefs) => {
    prefs = next;
    keepReadingPosition(() => applyPrefs(prefs));
    savePrefs(prefs);
    sync();
  };

  // Another tab changed the choices: follow them here too.
  addEventListener('storage', (e) => {
    if (e.key !== PREFS_KEY) return;
    prefs = loadPrefs();
    applyPrefs(prefs);
    sync();
  });

  for (const r of radios('reader-size')) r.addEventListener('change', () => update({ ...prefs, size: r.value as ReaderPrefs['size'] }));
  for (const r of radios('reader-theme')) r.addEventListener('change', () => update({ ...prefs, theme: r.value as ReaderPrefs['theme'] }));
  contrast.addEventListener('change', () => update({ ...prefs, contrast: contrast.checked }));
  elder.addEventListener('click', () => update(toggleElder(prefs, !prefs.elder)));
  applyPrefs(prefs);
  sync();

  // Escape closes the settings panel and returns to its toggle, like other disclosures on the site.
  const settings = bar.querySelector<HTMLDetailsElement>('details')!;
  settings.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !settings.open) return;
    settings.open = false;
    settings.querySelector('summary')!.focus();
  });

  bar.querySelector('[data-print]')!.addEventListener('click', () => print());
  addEventListener('beforeprint', preparePrint);

  const readButton = bar.querySelector<HTMLButtonElement>('[data-read]')!;
  const speechReady = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  const speech = () => readAloud(bar, strings, announce);
  const dock = initReadingAids(strings);
  if (speechReady) {
    readButton.hidden = false;
    readButton.addEventListener('click', () => speech().readCurrent());
    // The toolbar is at the top of the page; the dock offers 朗读 where the reader is.
    const again = readButton.cloneNode(true) as HTMLButtonElement;
    again.addEventListener('click', () => speech().readCurrent());
    dock?.prepend(again);
  }

  initParagraphTools({ strings, announce, read: speechReady ? (el) => speech().readFrom(el) : undefined });
}
