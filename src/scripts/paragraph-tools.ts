/**
 * Link and citation tools for every paragraph and heading of the plan, added at run time so the
 * HTML stays small. Each gets one labelled button (链接与引用, always shown: touch has no hover) that
 * opens a small menu: 复制链接, 复制引用 (GB/T 7714 style), 从本段朗读. Addresses are the page's
 * clean address (no ?hl= or other query). Everything added is marked data-ui.
 */
import { anchorChapter, isAnchor } from '../lib/anchors.ts';
import { citationText, citeLocation, isoDate } from '../lib/citation.ts';
import type { Strings } from './reader.ts';

interface Options {
  strings: Strings;
  announce: (message: string) => void;
  /** Reads aloud from this block to the end of its section; absent where the browser has no speech synthesis. */
  read?: (el: HTMLElement) => void;
}

const ICON =
  '<svg viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">' +
  '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/></svg>';

/** The chapter an element stands in: its page's h1, or on the full text its chapter section's h2. */
function chapterOf(el: Element): number | undefined {
  const heading = el.closest('section.chapter')?.querySelector('h2[id]') ?? document.querySelector('main h1[id]');
  return heading ? anchorChapter(heading.id) : undefined;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // permission refused: try the older way below
  }
  // Plain http on an intranet has no async clipboard; a selected textarea and execCommand still work.
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'copy-buffer';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}

export function initParagraphTools({ strings, announce, read }: Options): void {
  const main = document.querySelector('main');
  if (!main) return;
  const targets = main.querySelectorAll<HTMLElement>(
    '[data-plan] p[id], [data-plan] :is(h2,h3,h4,h5)[id], :is(h1,h2)[data-plan][id]',
  );
  if (targets.length === 0) return;

  const menu = document.createElement('span');
  menu.className = 'para-menu';
  menu.id = 'para-menu';
  menu.dataset.ui = '';
  menu.hidden = true;
  const item = (label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'reader-btn';
    b.textContent = label;
    b.addEventListener('click', action);
    menu.append(b);
    return b;
  };
  let current: { target: HTMLElement; button: HTMLButtonElement } | null = null;

  const close = (focusButton = false) => {
    if (!current) return;
    current.button.setAttribute('aria-expanded', 'false');
    if (focusButton) current.button.focus();
    menu.hidden = true;
    current = null;
  };
  // The page itself, without ?hl= (search's highlight) or any other query.
  const url = (id: string) => `${location.origin}${location.pathname}#${id}`;
  const copyAndSay = async (text: string, done: string) => {
    const ok = await copyText(text);
    announce(ok ? done : strings['reader.copyFailed'] + text);
    close(true);
  };
  item(strings['reader.copyLink']!, () => current && void copyAndSay(url(current.target.id), strings['reader.copiedLink']!));
  item(strings['reader.copyCitation']!, () => {
    if (!current) return;
    const { id } = current.target;
    const cite = {
      title: strings['site.fullName']!,
      issuer: strings['cite.issuer'],
      year: strings['cite.year'],
      location: citeLocation(id, chapterOf(current.target)),
      url: url(id),
      cited: isoDate(new Date()),
    };
    void copyAndSay(citationText(cite), strings['reader.copiedCitation']!);
  });
  if (read) {
    item(strings['reader.readThis']!, () => {
      if (!current) return;
      const target = current.target;
      close(true);
      read(target);
    }).dataset.speakControl = '';
  }
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
  document.addEventListener('click', (e) => {
    const el = e.target as Element;
    if (current && !menu.contains(el) && el !== current.button && !current.button.contains(el)) close();
    // A tap on a paragraph (not on a link or control) shows its tool button.
    const block = el.closest?.('.has-tools');
    document.querySelectorAll('.show-tools').forEach((b) => b !== block && b.classList.remove('show-tools'));
    if (block && !el.closest('a, button')) block.classList.add('show-tools');
  });

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
    button.innerHTML = `${ICON}<span>${strings['reader.tools']}</span>`;
    button.setAttribute('aria-label', `${where} ${strings['reader.tools']}`);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', menu.id);
    button.addEventListener('click', () => {
      const wasOpen = current?.button === button;
      close();
      if (wasOpen) return;
      current = { target, button };
      button.setAttribute('aria-expanded', 'true');
      // Under a heading's wrapper, or at the end of the paragraph, right after the button in reading order.
      if (host === target) button.after(menu);
      else host.after(menu);
      menu.hidden = false;
      // In view above the corner dock (the menu's scroll-margin keeps its room, reader.css).
      menu.scrollIntoView({ block: 'nearest' });
      menu.querySelector('button')!.focus({ preventScroll: true });
    });
    host.append(button);
  }
}
