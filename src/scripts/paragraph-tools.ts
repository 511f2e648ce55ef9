/**
 * Link and citation tools for every paragraph and heading of the plan, added at run time so the
 * HTML stays small. Each gets one labelled button (链接与引用, always shown: touch has no hover) that
 * opens a small menu, loaded on first use (src/scripts/paragraph-menu.ts): 复制链接, 复制引用
 * (GB/T 7714 style), 从本段朗读. Everything added is marked data-ui.
 */
import { anchorChapter, isAnchor } from '../lib/anchors.ts';
import { citeLocation } from '../lib/citation.ts';
import { withLazy } from './lazy.ts';
import type { MenuContext } from './paragraph-menu.ts';
import type { Strings } from './reader.ts';

interface Options {
  strings: Strings;
  announce: (message: string) => void;
  /** Reads aloud from this block to the end of its section (its control is hidden while there is no Chinese voice: reader.css). */
  read?: (el: HTMLElement) => void;
}


/** The chapter an element stands in: its page's h1, or on the full text its chapter section's h2. */
function chapterOf(el: Element): number | undefined {
  const heading = el.closest('section.chapter')?.querySelector('h2[id]') ?? document.querySelector('main h1[id]');
  return heading ? anchorChapter(heading.id) : undefined;
}

export function initParagraphTools({ strings, announce, read }: Options): void {
  const main = document.querySelector('main');
  if (!main) return;
  const targets = main.querySelectorAll<HTMLElement>(
    '[data-plan] p[id], [data-plan] :is(h2,h3,h4,h5)[id], :is(h1,h2)[data-plan][id]',
  );
  if (targets.length === 0) return;

  // The menu (复制链接, 复制引用, 从本段朗读) loads on the first click (src/scripts/paragraph-menu.ts).
  const menuContext: MenuContext = { strings, announce, read, location: (el) => citeLocation(el.id, chapterOf(el)) };
  for (const target of targets) {
    if (!isAnchor(target.id)) continue; // not an anchor of the plan
    const where = citeLocation(target.id, chapterOf(target));
    let host: HTMLElement = target;
    if (/^H\d$/.test(target.tagName)) {
      // Headings carry their tools beside them, in the wrapper that already holds the # self-link.
      let wrap = target.parentElement;
      if (!wrap?.classList.contains('heading-wrap')) {
        wrap = document.createElement('div');
        wrap.className = 'heading-wrap';
        target.before(wrap);
        wrap.append(target);
      }
      host = wrap;
    }
    host.classList.add('has-tools');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'para-tool';
    button.dataset.ui = '';
    // The link icon is drawn by the stylesheet (global.css, a mask of an SVG file), not carried in this script.
    button.textContent = strings['reader.tools']!;
    button.setAttribute('aria-label', `${where} ${strings['reader.tools']}`);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'para-menu'); // made on first opening (paragraph-menu.ts)
    button.addEventListener('click', () => withLazy('paragraphMenu', (toggle) => toggle(menuContext, target, host, button), () => announce(strings['reader.loadFailed']!)));
    host.append(button);
  }
}
