/**
 * Reading aids: a dock across the bottom edge of long pages, shown once the reader has scrolled half a
 * screen down. Where the page has contents (本章目录 on a chapter, the contents of 全文: id "toc") it
 * offers 目录 (back to them) and 上一节 / 下一节, the sections before and after the one in view, whose
 * addresses follow the reading (src/scripts/section-marks.ts); elsewhere 回到顶部. Navigation, so it
 * runs with the header's module (SiteHeader.astro); the reading tools put 朗读 in front (reader.ts).
 * Its words come with the reading tools' (ReaderStatus.astro): a page without them (404) has no dock.
 * (Keeping the paragraph being read in place when the text size changes: src/reader/keep-position.ts.)
 */
import { sectionMarks } from './section-marks.ts';

/** Starts the dock of a long page, and the contents' mark of the section in view, as the reader scrolls. */
export function initReadingAids(): void {
  const words = document.querySelector<HTMLElement>('[data-reader-live]')?.dataset.strings;
  if (!words || !document.getElementById('main')) return;
  const strings = JSON.parse(words) as Record<string, string>;
  // A landmark of its own (navigation, labelled): it sits outside <main>, and all content belongs to one (axe best-practice "region").
  const box = document.createElement('nav');
  box.className = 'reader-dock no-print';
  box.dataset.ui = '';
  box.setAttribute('aria-label', strings['reader.dock']!);
  box.hidden = true;
  const link = (label: string, href?: string) => {
    const a = document.createElement('a');
    a.className = 'reader-btn';
    if (href) a.href = href;
    a.textContent = label;
    box.append(a);
    return a;
  };
  const steps: HTMLAnchorElement[] = [];
  if (document.getElementById('toc')) {
    link(strings['nav.menu']!, '#toc');
    // Without an address (no section before or after) a step keeps its place, out of sight (reader.css).
    for (const [key, step] of [
      ['nav.prevSection', '-1'],
      ['nav.nextSection', '1'],
    ] as const) {
      const a = link(strings[key]!);
      a.dataset.step = step;
      steps.push(a);
    }
  } else link(strings['reader.toTop']!, '#main');
  document.body.append(box);
  const marks = sectionMarks(steps);
  let queued = false;
  const update = () => {
    queued = false;
    const long = document.documentElement.scrollHeight > innerHeight * 3;
    box.hidden = !(long && scrollY > innerHeight / 2);
    marks?.();
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
}
