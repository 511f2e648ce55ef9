/**
 * Reading aids: a dock with a back-to-top link appears on long pages, and changing the text size
 * keeps the paragraph being read where it was on screen. (The contents' mark of the section in view
 * is navigation: src/scripts/section-marks.ts, with the header's module.)
 */
import type { Strings } from './reader.ts';

// Text blocks, not navigation: the contents stands sticky beside the text on wide screens, always in view.
const BLOCKS = 'main :is(p, h1, h2, h3, h4, h5, li, tr):not(nav *)';

/** Runs `change` (which alters the layout) and scrolls so the first block in view stays put. */
export function keepReadingPosition(change: () => void): void {
  const anchor = scrollY > 0 ? [...document.querySelectorAll(BLOCKS)].find((el) => el.getBoundingClientRect().bottom > 0) : undefined;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined) scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
}

/** The dock of a long page, shown once the reader has scrolled half a screen down: 回到顶部 (and 朗读, added by the reading tools). */
function dock(strings: Strings): HTMLElement | undefined {
  if (!document.getElementById('main')) return undefined;
  const box = document.createElement('div');
  box.className = 'reader-dock no-print';
  box.dataset.ui = '';
  // A landmark of its own: it sits outside <main>, and all content belongs to one (axe best-practice "region").
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', strings['reader.dock']!);
  box.hidden = true;
  const link = document.createElement('a');
  link.className = 'reader-btn';
  link.href = '#main';
  link.textContent = strings['reader.toTop']!;
  box.append(link);
  document.body.append(box);
  let queued = false;
  const update = () => {
    queued = false;
    const long = document.documentElement.scrollHeight > innerHeight * 3;
    box.hidden = !(long && scrollY > innerHeight / 2);
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
  return box;
}

/** Starts the reading aids; returns the dock of long pages, for the toolbar to add 朗读 to. */
export const initReadingAids = (strings: Strings): HTMLElement | undefined => dock(strings);
