/**
 * Link and citation tools for every paragraph and heading of the plan, added at run time so the
 * HTML stays small: a small menu, loaded on first use (src/reader/paragraph-menu.ts), with 复制链接,
 * 复制引用 (GB/T 7714 style) and 从本段朗读. Tapping or clicking a paragraph or heading opens it; for
 * the keyboard and screen readers each has a labelled button (链接与引用), out of sight until it has
 * focus (global.css), so the plan's words stand alone, and a heading takes only the lines its words
 * need. Everything added is marked data-ui.
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
  const targets = main.querySelectorAll<HTMLElement>('[data-plan] p[id], [data-plan] :is(h2,h3,h4,h5)[id], :is(h1,h2)[data-plan][id]');
  if (targets.length === 0) return;

  // The menu (复制链接, 复制引用, 从本段朗读) loads on the first click (src/reader/paragraph-menu.ts).
  const menuContext: MenuContext = { strings, announce, read, location: (el) => citeLocation(el.id, chapterOf(el)) };
  for (const target of targets) {
    if (!isAnchor(target.id)) continue; // not an anchor of the plan
    const where = citeLocation(target.id, chapterOf(target));
    // A heading's tools go beside it, in the .heading-wrap every heading of the plan stands in (remark-plan-anchors.ts, Column.astro …).
    const host = /^H\d$/.test(target.tagName) ? target.parentElement! : target;
    host.classList.add('has-tools');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'para-tool reader-btn';
    button.dataset.ui = '';
    // The link icon is drawn by the stylesheet (global.css, a mask of an SVG file), not carried in this script.
    button.textContent = strings['reader.tools']!;
    button.setAttribute('aria-label', `${where} ${strings['reader.tools']}`);
    button.ariaExpanded = 'false';
    button.setAttribute('aria-controls', 'para-menu'); // made on first opening (paragraph-menu.ts)
    button.addEventListener('click', () =>
      withLazy(
        'paragraphMenu',
        (toggle) => toggle(menuContext, target, host, button),
        () => announce(strings['reader.loadFailed']!),
      ),
    );
    host.append(button);
  }
  // A tap on the words (not on a link or control, not ending a selection, not closing an open panel) opens their menu.
  main.addEventListener('click', (e) => {
    const el = e.target as Element;
    if (el.closest('a, [data-ui]') || !getSelection()?.isCollapsed || document.querySelector('details[open]:is(.fold, .share)')) return;
    el.closest('.has-tools')?.querySelector<HTMLElement>('.para-tool')?.click();
  });
}
