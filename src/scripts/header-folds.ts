/**
 * What the header's <details> (搜索, 无障碍, 目录) lack without help: Escape closes the open one and
 * returns focus to its button, a click or Tab outside closes it, and the search box takes focus when
 * its fold opens. Progressive enhancement only: without it each still opens and closes with its button,
 * and their shared `name` already lets only one be open.
 */
export function initHeaderFolds(): void {
  const folds = [...document.querySelectorAll<HTMLDetailsElement>('.site-header details.fold')];
  for (const fold of folds) {
    const summary = fold.querySelector('summary');
    fold.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !fold.open) return;
      event.preventDefault();
      fold.open = false;
      summary?.focus();
    });
    fold.addEventListener('toggle', () => {
      if (fold.open && fold.dataset.fold === 'search') fold.querySelector('input')?.focus();
    });
  }
  const closeIfOutside = (event: Event) => {
    for (const fold of folds) if (fold.open && !fold.contains(event.target as Node)) fold.open = false;
  };
  document.addEventListener('click', closeIfOutside);
  document.addEventListener('focusin', closeIfOutside);
}
