/**
 * Copying text of the page gives the words selected, without the marks and controls the site adds
 * for readers (勘误 marks, the per-paragraph 链接与引用 buttons: everything marked data-ui). The
 * selection is rebuilt off screen without them and its rendered text (line breaks kept) goes on
 * the clipboard. A selection without such marks is left to the browser.
 */
import { offscreen } from './copy-text.ts';

export function cleanCopy(event: ClipboardEvent): void {
  const selection = getSelection();
  if (!event.clipboardData || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const box = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) box.append(selection.getRangeAt(i).cloneContents());
  const marks = box.querySelectorAll('[data-ui]');
  if (marks.length === 0) return;
  marks.forEach((n) => n.remove());
  // Rendered (innerText keeps paragraphs apart) but out of sight and out of the accessibility tree.
  offscreen(box);
  box.setAttribute('aria-hidden', 'true');
  document.body.append(box);
  const text = box.innerText.replace(/\n{3,}/g, '\n\n').trim();
  box.remove();
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}
