/**
 * Reading aids: the on-page contents marks the section in view, a back-to-top link appears on long
 * pages, and changing the text size keeps the paragraph being read where it was on screen.
 */
import type { Strings } from './reader.ts';

const BLOCKS = 'main :is(p, h1, h2, h3, h4, h5, li, tr)';

/** Runs `change` (which alters the layout) and scrolls so the first block in view stays put. */
export function keepReadingPosition(change: () => void): void {
  const anchor = scrollY > 0 ? [...document.querySelectorAll(BLOCKS)].find((el) => el.getBoundingClientRect().bottom > 0) : undefined;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined) scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
}

function trackSections(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(':is(nav.page-toc, nav.sidebar, nav.contents) a[href^="#"]')].filter((a) =>
    /^#(c\d+|s\d+-\d+)$/.test(a.getAttribute('href')!),
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

function backToTop(strings: Strings): void {
  if (!document.getElementById('main')) return;
  const link = document.createElement('a');
  link.className = 'to-top no-print';
  link.href = '#main';
  link.dataset.ui = '';
  link.textContent = strings['reader.toTop']!;
  link.hidden = true;
  document.body.append(link);
  let queued = false;
  const update = () => {
    queued = false;
    const long = document.documentElement.scrollHeight > innerHeight * 3;
    link.hidden = !(long && scrollY > innerHeight);
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
}

export function initReadingAids(strings: Strings): void {
  trackSections();
  backToTop(strings);
}
