/**
 * The reading tools that load on first use, as one module (src/reader/lazy.ts loads it the first
 * time any of them is asked for): the 无障碍 panel's controls and the shortcuts (sheet.ts, shortcuts.ts),
 * read-aloud, 大鼠标/十字线/大字幕/指读 (pointer-tools.ts), the paragraph menu with the clipboard, 分享's
 * 复制链接 (share.ts), keeping the paragraph in place as the text size changes, and
 * clean copying. One file rather than one per tool: their strings and code compress together, and a
 * reader who uses one tool soon uses another. Their strings and the panel's markup
 * (/reader-tools.json) and their styles are files of their own, data rather than code: lazy.ts
 * fetches the first with this module, and the stylesheet
 * (src/reader/reader-tools.css) is linked here (the page's policy allows its own files); lazy.ts
 * hands out no tool before it has loaded (ready), so nothing shows unstyled.
 */
import { buildSheet, shortcut, type SheetContext } from './sheet.ts';
import { keepReadingPosition } from './keep-position.ts';
import { readAloud } from './read-aloud.ts';
import { pointerTools } from './pointer-tools.ts';
import { paragraphMenu } from './paragraph-menu.ts';
import { cleanCopy } from './clean-copy.ts';
import { copyText } from './copy-text.ts';
import { initShare } from './share.ts';
import { panel, receive } from './strings.ts';
import type { LazyModules } from './lazy.ts';
import stylesheet from './reader-tools.css?url';

const styled = new Promise<void>((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});

/** The panel's and the shortcuts' changes keep the paragraph being read in place. */
const keeping = (ctx: SheetContext): SheetContext => ({
  ...ctx,
  set: (patch) => keepReadingPosition(() => ctx.set(patch)),
  setElder: (on) => keepReadingPosition(() => ctx.setElder(on)),
  reset: () => keepReadingPosition(ctx.reset),
});

/** What src/reader/lazy.ts takes from this module (LazyReaderTools.astro re-exports it). */
export const modules: LazyModules = {
  ready: styled,
  buildSheet: (ctx) => buildSheet(keeping(ctx), panel.html),
  shortcut: (ctx, code) => shortcut(keeping(ctx), code),
  readAloud,
  pointerTools,
  paragraphMenu,
  cleanCopy,
  copyText,
  keepReadingPosition,
  share: initShare,
  receive,
};
