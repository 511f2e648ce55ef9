/**
 * The menu of a paragraph or heading, opened by a tap on its words or by its 链接与引用 button
 * (src/reader/paragraph-tools.ts): where it stands (第三章第二节第1段), 复制链接, 复制引用 (GB/T 7714,
 * src/lib/citation.ts), 从本段朗读 and 关闭, loaded on the first use (src/reader/lazy.ts) so no page
 * carries it before; with it comes the copy handler (src/reader/clean-copy.ts), loaded when the reader
 * first selects text. Addresses are the page's clean address (no ?hl= or other query). What the page's
 * module already has (the anchor grammar) comes in the context: importing it here would split it into
 * a chunk every page fetches.
 */
import { citationText, isoDate } from '../lib/citation-text.ts';
import { t } from './strings.ts';
import type { Strings } from './reader.ts';
import { copyText } from './copy-text.ts';

export interface MenuContext {
  strings: Strings;
  announce(message: string): void;
  read?: (el: HTMLElement) => void;
  /** Where the element stands, in words: 第三章第二节第1段. */
  location(el: HTMLElement): string;
}

let menu: HTMLElement | undefined;
let current: { target: HTMLElement; host: HTMLElement; button: HTMLButtonElement } | null = null;
let where: HTMLElement;

function close(focusButton = false): void {
  if (!current || !menu) return;
  current.button.setAttribute('aria-expanded', 'false');
  if (focusButton) current.button.focus();
  menu.hidden = true;
  current = null;
}

function build(ctx: MenuContext): HTMLElement {
  const box = document.createElement('span');
  box.className = 'para-menu';
  box.id = 'para-menu';
  box.dataset.ui = '';
  box.hidden = true;
  // Which paragraph the menu is for, in words: the tap that opened it may have been anywhere in it.
  where = document.createElement('span');
  where.className = 'para-where';
  box.append(where);
  const item = (label: string, action: (target: HTMLElement) => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'reader-btn';
    b.textContent = label;
    b.addEventListener('click', () => current && action(current.target));
    box.append(b);
    return b;
  };
  const url = (id: string) => `${location.origin}${location.pathname}#${id}`;
  const copyAndSay = async (text: string, done: string) => {
    const ok = await copyText(text);
    ctx.announce(ok ? done : t('reader.copyFailed') + text);
    close(true);
  };
  item(t('reader.copyLink'), (el) => void copyAndSay(url(el.id), t('reader.copiedLink')));
  item(t('reader.copyCitation'), (el) => {
    const { strings } = ctx;
    const cite = {
      title: t('site.fullName'),
      issuer: strings['cite.issuer'],
      year: strings['cite.year'],
      location: ctx.location(el),
      url: url(el.id),
      cited: isoDate(new Date()),
    };
    void copyAndSay(citationText(cite), t('reader.copiedCitation'));
  });
  const { read } = ctx;
  if (read)
    item(t('reader.readThis'), (el) => {
      close(true);
      read(el);
    }).dataset.speakControl = '';
  item(t('reader.close'), () => close(true));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
  document.addEventListener('click', (e) => {
    const el = e.target as Element;
    if (current && !box.contains(el) && !current.host.contains(el)) close();
  });
  return box;
}

/** Opens the menu of `target` (closing it when it was open there). */
export function paragraphMenu(ctx: MenuContext, target: HTMLElement, host: HTMLElement, button: HTMLButtonElement): void {
  menu ??= build(ctx);
  const wasOpen = current?.button === button;
  close();
  if (wasOpen) return;
  current = { target, host, button };
  button.setAttribute('aria-expanded', 'true');
  where.textContent = ctx.location(target);
  // Under a heading's wrapper, or at the end of the paragraph, right after the button in reading order.
  if (host === target) button.after(menu);
  else host.after(menu);
  menu.hidden = false;
  // In view above the dock (the menu's scroll-margin keeps its room, reader.css).
  menu.scrollIntoView({ block: 'nearest' });
  menu.querySelector('button')!.focus({ preventScroll: true });
}
