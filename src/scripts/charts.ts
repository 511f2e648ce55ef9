/**
 * Draws each [data-chart] figure with Chart.js once it comes near the viewport. Chart.js (only the
 * parts used) is fetched on the first such figure, never on pages without charts.
 */
const figures = document.querySelectorAll<HTMLElement>('[data-chart]');

async function draw(figure: HTMLElement): Promise<void> {
  const { drawChart } = await import('./chart-runtime.ts');
  drawChart(figure);
}

if (figures.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          void draw(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    );
    figures.forEach((f) => observer.observe(f));
  }
}
