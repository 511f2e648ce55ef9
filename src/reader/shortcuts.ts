/**
 * The reading tools' keyboard shortcuts, one table: Ctrl+Alt+digit (event.code, so any layout), what
 * the help calls it and what it does. Read by the panel's help (src/reader/panel.ts, at build time:
 * key and label), by the page's key listener (src/reader/reader.ts, which learns the keys from
 * ReaderStatus.astro's data-keys, so the page's module carries none of this) and by the lazy module
 * (src/reader/sheet.ts: the action). A new shortcut is one row here and its label in
 * src/i18n/reader-ui.json.
 *
 * Chosen because browsers, Windows and the screen readers (NVDA, JAWS: Insert/CapsLock; Narrator:
 * CapsLock) leave those chords free, while Alt+Shift switches the Windows input method, Alt+digit
 * switches tabs on Linux, Ctrl+digit on Windows, single letters are the screen readers' browse-mode
 * keys, and Ctrl+Alt+A is QQ's screenshot. Off while typing in a field (AltGr, which is Ctrl+Alt,
 * types characters there on some layouts).
 */
import type { readerUi } from './strings.ts';
import type { SheetContext } from './sheet.ts';
import { t } from './strings.ts';
import { stopReading } from './read-aloud.ts';

export interface Shortcut {
  /** The digit: Ctrl+Alt+key. */
  key: string;
  /** What the help table calls it. */
  label: keyof typeof readerUi;
  /** What it does (in the lazy module). */
  action: (ctx: SheetContext) => void;
}

/** 重置, from the panel's button or its shortcut: everything back to the defaults, and said. */
export const resetAll = (ctx: SheetContext): void => {
  ctx.reset();
  ctx.announce(t('reader.resetDone'));
};

/** A switch of the settings, turned over and said (大字幕：开). */
const toggle =
  (name: 'caption' | 'guide' | 'cursor' | 'simple') =>
  (ctx: SheetContext): void => {
    const on = !ctx.prefs()[name];
    ctx.set({ [name]: on });
    ctx.announce(`${t(`reader.${name}`)}：${t(on ? 'reader.on' : 'reader.off')}`);
  };

export const SHORTCUTS: readonly Shortcut[] = [
  {
    key: '0',
    label: 'reader.openClose',
    action: ({ fold }) => {
      if (!fold) return;
      fold.open = !fold.open;
      if (fold.open) fold.querySelector('summary')?.focus();
    },
  },
  {
    key: '1',
    label: 'reader.readStop',
    // Stops what is being read (its bar is up), else reads the section in view.
    action: (ctx) => (ctx.prefs().mute ? ctx.announce(t('reader.muted')) : stopReading() || ctx.readCurrent()),
  },
  { key: '2', label: 'reader.caption', action: toggle('caption') },
  { key: '3', label: 'reader.guide', action: toggle('guide') },
  { key: '4', label: 'reader.cursor', action: toggle('cursor') },
  { key: '5', label: 'reader.simple', action: toggle('simple') },
  { key: '9', label: 'reader.reset', action: resetAll },
];
