/**
 * 全文 (/full/): the page bar's place names the chapter in view after 全文 (全文 › 第三章 健全多层次社会
 * 保障体系), so a reader who arrived at a section, or has read on, knows which chapter she is in, as on
 * a chapter's own page. Only this page loads it.
 */
export function showChapterInView(): void {
  const where = document.querySelector<HTMLElement>('[data-where]');
  const chapters = [...document.querySelectorAll<HTMLElement>('section.chapter h2[id]')];
  if (!where || chapters.length === 0) return;
  let queued = false;
  const update = () => {
    queued = false;
    const line = innerHeight * 0.3;
    const current = chapters.findLast((h) => h.closest('section')!.getBoundingClientRect().top <= line);
    where.textContent = current?.textContent?.trim() ?? '';
    where.hidden = !current;
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
