/**
 * The on-page contents (本章目录, the sidebar, 全文's contents) marks the chapter or section in view
 * with aria-current="location" as the reader scrolls. Navigation, so it runs with the header's module
 * (SiteHeader.astro); the reading tools do not carry it.
 */
export function markSections(): void {
  // Chapters and sections, not 专栏 (the contents lists those as li.col, PageToc.astro).
  const links = [...document.querySelectorAll<HTMLAnchorElement>(':is(nav.page-toc, nav.sidebar, nav.contents) a[href^="#"]:not(.col a)')];
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
