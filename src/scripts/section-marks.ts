/**
 * The on-page contents (本章目录, the sidebar, 全文's contents) marks the chapter or section in view
 * with aria-current="location", and the dock's 上一节 / 下一节 (reading-aids.ts, which calls this as
 * the reader scrolls) point at the sections before and after it.
 */

/** The update to run on scrolling; undefined on a page without contents. */
export function sectionMarks(steps: HTMLAnchorElement[]): (() => void) | undefined {
  // Chapters and sections, not 专栏 (the contents lists those as li.col, PageToc.astro).
  const links = [...document.querySelectorAll<HTMLAnchorElement>(':is(nav.page-toc, nav.sidebar, nav.contents) a[href^="#"]:not(.col a)')];
  const targets = [...new Set(links.map((a) => a.getAttribute('href')!.slice(1)))]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  if (targets.length === 0) return undefined;
  let shown: string | null = null;
  return () => {
    const line = innerHeight * 0.3;
    const index = targets.findLastIndex((el) => el.getBoundingClientRect().top <= line);
    // data-step: -1 before, 1 after; none there (before the first, after the last), no address.
    for (const a of steps) {
      const to = targets[index + Number(a.dataset.step)];
      if (to) a.href = `#${to.id}`;
      else a.removeAttribute('href');
    }
    const current = targets[index]?.id ?? null;
    if (current === shown) return;
    shown = current;
    for (const a of links) {
      if (a.getAttribute('href') === `#${current}`) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
}
