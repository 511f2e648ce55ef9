/**
 * Changing a setting that alters the layout (text size, 长者模式, 简约模式) keeps the paragraph being
 * read where it was on screen. Settings change from the 无障碍 panel and the shortcuts, so this comes
 * with the reading tools' lazy module (src/reader/tools.ts), which wraps their context; 大字
 * (src/reader/reader.ts) asks for it too.
 */
// Text blocks, not navigation or the page bar: the contents stands sticky beside the text on wide
// screens, and the page bar (大字, 分享) at the top, always in view.
const BLOCKS = 'main :is(p, h1, h2, h3, h4, h5, li, tr):not(nav *, .page-bar *)';

/** Runs `change` (which alters the layout) and scrolls so the first block in view stays put. */
export function keepReadingPosition(change: () => void): void {
  const anchor = scrollY > 0 ? [...document.querySelectorAll(BLOCKS)].find((el) => el.getBoundingClientRect().bottom > 0) : undefined;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined) scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
}
