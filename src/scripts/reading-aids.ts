/**
 * Reading aids: a dock with a back-to-top link appears on long pages. (Keeping the paragraph being
 * read in place when the text size changes comes with the panel: src/scripts/keep-position.ts; the
 * contents' mark of the section in view is navigation: src/scripts/section-marks.ts.)
 */
import type { Strings } from './reader.ts';

/** Starts the dock of a long page, shown once the reader has scrolled half a screen down: 回到顶部 (and 朗读, which the reading tools add to the dock it returns). */
export function initReadingAids(strings: Strings): HTMLElement | undefined {
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
