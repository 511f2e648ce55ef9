/**
 * Draws each [data-chart] figure with Chart.js once it comes near the viewport. Chart.js (only the
 * parts used) is fetched on the first such figure, never on pages without charts. It is not a
 * bundler dynamic import (that would add Vite's ~1 KB preload helper to the page): the drawing code
 * is a component <script> inside a <template data-lazy="drawChart"> (ChartFigure.astro), added to
 * the page when first needed; it draws the figures queued here (src/scripts/chart-entry.ts).
 */
type ChartQueue = { __planCharts?: HTMLElement[] | { push(figure: HTMLElement): void } };

const figures = document.querySelectorAll<HTMLElement>('[data-chart]');
let loading = false;

function draw(figure: HTMLElement): void {
  const w = window as unknown as ChartQueue;
  (w.__planCharts ??= []).push(figure);
  if (loading) return;
  loading = true;
  const script = document.querySelector<HTMLTemplateElement>('template[data-lazy="drawChart"]')?.content.querySelector('script');
  if (!script) return;
  const run = document.createElement('script');
  run.type = 'module';
  // The attribute, resolved here: a template's content has no document URL of its own.
  run.src = new URL(script.getAttribute('src')!, document.baseURI).href;
  document.head.append(run);
}

if (figures.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          draw(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    );
    figures.forEach((f) => observer.observe(f));
  }
}
