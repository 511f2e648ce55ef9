/**
 * Reading aids: the on-page contents marks the section in view, a dock with a back-to-top link appears
 * on long pages, and changing the text size keeps the paragraph being read where it was on screen.
 */
import { opensSection } from '../lib/anchors.ts';
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

function trackSections(): void {
  // Chapters and sections, not 专栏: the grammar (src/lib/anchors.ts) tells them by their anchors.
  const links = [...document.querySelectorAll<HTMLAnchorElement>(':is(nav.page-toc, nav.sidebar, nav.contents) a[href^="#"]')].filter((a) =>
    opensSection(a.getAttribute('href')!.slice(1)),
  );
  const targets = [...new Set(links.map((a) => a.getAttribute('href')!.slice(1)))]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  if (targets.length === 0) return;
  let shown: string | null = null;
  let queued = false;
  const update = () => {
    queued = false;
    const line = innerHeight * 0.3;
    const current = targets.filter((el) => el.getBoundingClientRect().top <= line).at(-1)?.id ?? null;
    if (current === shown) return;
    shown = current;
    for (const a of links) {
      if (a.getAttribute('href') === `#${current}`) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
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
export function initReadingAids(strings: Strings): HTMLElement | undefined {
  trackSections();
  return dock(strings);
}
