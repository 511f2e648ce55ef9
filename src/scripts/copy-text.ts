/**
 * Puts text on the clipboard: the async clipboard where the page is a secure context, else (plain
 * http on an intranet) a selected textarea and execCommand. Loaded with the paragraph menu
 * (src/scripts/paragraph-menu.ts), on first use.
 */
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
