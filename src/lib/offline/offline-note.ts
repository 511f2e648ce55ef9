/**
 * The note a page gets when the service worker answers from the offline copy: a status line at the
 * top of <main> and a link to its small stylesheet, put into the cached HTML by the worker (so a page
 * read online carries no byte of it). Pure string functions, bundled into the worker and unit-tested.
 */
import { htmlAttr, htmlText } from '../escape.ts';

/**
 * The note's stylesheet (NOTE_CSS_FILE), in the site's own colours. A page shows one note: the newer
 * version's, put first, hides the offline note of a page from the copy.
 */
export const OFFLINE_NOTE_CSS = `.offline-note{margin:0 0 1rem;padding:.5rem .75rem;border:1px solid var(--border,#888);border-inline-start-width:.3rem;background:var(--bg-soft,#f4f4f4);color:var(--text,inherit)}\n.offline-note~.offline-note{display:none}\n`;

const noteHtml = (text: string) => `<p class="offline-note" role="status" data-ui data-offline-note>${htmlText(text)}</p>`;

/** The note an open page puts first into its <main> when a newer version is saved (register.ts), with its stylesheet. */
export const newerNote = (text: string, cssHref: string): string => `<link rel="stylesheet" href="${htmlAttr(cssHref)}">${noteHtml(text)}`;

/**
 * The page with the note as the first element of <main> and the note's stylesheet at the end of <head>.
 * A page without <main> gets the note at the start of <body>; a page without either is returned as it is.
 */
export function withOfflineNote(html: string, text: string, cssHref: string): string {
  const note = noteHtml(text);
  const main = /<main\b[^>]*>/iu.exec(html) ?? /<body\b[^>]*>/iu.exec(html);
  if (!main) return html;
  const at = main.index + main[0].length;
  const withNote = html.slice(0, at) + note + html.slice(at);
  const head = withNote.search(/<\/head>/iu);
  return head < 0 ? withNote : `${withNote.slice(0, head)}<link rel="stylesheet" href="${htmlAttr(cssHref)}">${withNote.slice(head)}`;
}

/** The note's text with the time the copy was saved, as Chinese readers write it (2025年6月1日 10:05). */
export function savedTime(savedAt: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone } : {}),
  }).format(savedAt);
}
