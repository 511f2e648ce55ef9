/**
 * Puts text on the clipboard: the async clipboard where the page is a secure context, else (plain
 * http on an intranet) a selected textarea and execCommand. Loaded with the paragraph menu
 * (src/reader/paragraph-menu.ts), on first use.
 */
/**
 * A copy buffer (the textarea below, clean-copy.ts's rebuilt selection): rendered but out of sight,
 * styled here through the CSSOM (which the page's policy allows) rather than by a stylesheet, so it
 * holds wherever the helper runs, whatever styles have loaded (the indicator pages' 复制引用 uses it
 * without the reading tools' sheet).
 */
export function offscreen(el: HTMLElement): void {
  Object.assign(el.style, { position: 'fixed', top: '0', insetInlineStart: '0', width: '1px', height: '1px', opacity: '0' });
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
  offscreen(area);
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}
