/**
 * The controls of the 无障碍 panel, put in when the reader first opens it (loaded through
 * src/reader/lazy.ts, so no page carries their markup or code before then): the markup comes
 * written by the build (src/reader/panel.ts, fetched with this module), and this wires it to the
 * settings: every input is named reader-<setting>, its effect on the page is in the stylesheets,
 * read from the attributes src/reader/prefs.ts puts on <html>. Also what each keyboard shortcut
 * does (SHORTCUTS, src/reader/shortcuts.ts). Imports nothing the page's own bundle has: a shared
 * module would become a chunk every page fetches (the context brings what is shared). Part of the
 * reading tools' one lazy module (src/reader/tools.ts).
 */
import type { ReaderPrefs } from './prefs.ts';
import { t } from './strings.ts';
import { resetAll, SHORTCUTS } from './shortcuts.ts';

/** What the page's reader module (src/reader/reader.ts) hands the panel. */
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
  /** Reads the selection or the section in view aloud (where there is no Chinese voice, it says so). */
  readCurrent: () => void;
  /** Everything back to the defaults. */
  reset(): void;
  /** A message in the toast (read by screen readers). */
  announce(message: string): void;
  /** The header's 无障碍 disclosure around the panel. */
  fold: HTMLDetailsElement | null;
  /** Closes the panel (before printing or reading, which need the page in view). */
  close(): void;
}

/** Runs the shortcut of this key (event.code, Digit<key>). */
export function shortcut(ctx: SheetContext, code: string): void {
  SHORTCUTS.find((s) => `Digit${s.key}` === code)?.action(ctx);
}

/** Fills the panel with its markup (`html`) and wires every control. */
export function buildSheet(ctx: SheetContext, html: string): void {
  const { sheet } = ctx;
  sheet.innerHTML = html;
  const all = <E extends Element = HTMLElement>(selector: string) => [...sheet.querySelectorAll<E>(selector)];
  // Where the device has no Chinese voice, the speech tools are hidden and the reason shown (reader-tools.css).
  const readCurrent = ctx.readCurrent;
  // An input named reader-<setting> (src/reader/panel.ts) stands for that setting.
  const setting = (input: HTMLInputElement) => input.name.slice('reader-'.length);

  // Settings: a radio sets its value, a checkbox on/off (data-invert: stored as the opposite).
  const inputs = all<HTMLInputElement>('input');
  sheet.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    ctx.set({ [setting(input)]: input.type === 'radio' ? input.value : input.checked !== 'invert' in input.dataset });
  });
  const modes = all('[aria-pressed]');
  ctx.onPrefs((prefs) => {
    const stored = (input: HTMLInputElement) => (prefs as unknown as Record<string, unknown>)[setting(input)];
    for (const i of inputs) i.checked = i.type === 'radio' ? i.value === (stored(i) ?? '') : (stored(i) === true) !== 'invert' in i.dataset;
    for (const b of modes) b.setAttribute('aria-pressed', String(prefs['elder' in b.dataset ? 'elder' : 'simple'] === true));
  });

  const on = (selector: string, action: () => void) => sheet.querySelector(selector)?.addEventListener('click', action);
  on('[data-elder]', () => ctx.setElder(!ctx.prefs().elder));
  on('[data-simple]', () => ctx.set({ simple: !ctx.prefs().simple }));
  on('[data-reset]', () => resetAll(ctx));
  on('[data-close]', () => {
    ctx.close();
    ctx.fold?.querySelector('summary')?.focus();
  });
  // 打印本章 / 打印全文 / 打印本页, for the page it is on.
  const print = sheet.querySelector<HTMLElement>('[data-print]')!;
  print.textContent = t(
    document.querySelector('main h1[id]') ? 'reader.printChapter' : document.querySelector('section.chapter') ? 'reader.printFull' : 'reader.printPage',
  );
  on('[data-print]', () => {
    ctx.close();
    window.print();
  });
  on('[data-read]', () => {
    ctx.close(); // the paragraph being read is highlighted: the panel would cover it
    readCurrent();
  });
  // What went wrong when speech could not run (read-aloud reports it).
  const note = sheet.querySelector('#reader-speech-note')!;
  note.textContent = document.querySelector<HTMLElement>('[data-reader-live]')?.dataset.speechProblem ?? '';
  document.addEventListener('plan:speech', (e) => (note.textContent = (e as CustomEvent<string>).detail));
}
