/**
 * The 复制引用 button of an indicator page: shown only when this script runs, copies the citation
 * (with the page's address as actually used, when the build did not know it) and says so in a live
 * region. The clipboard helper is the paragraph menu's (both load it only when used, so sharing it
 * puts no request on pages that need neither).
 */
import { copyText } from '../reader/copy-text.ts';

const block = document.querySelector<HTMLElement>('[data-cite]');
const button = block?.querySelector<HTMLButtonElement>('[data-copy]');
const text = block?.querySelector<HTMLElement>('[data-citation]');
const live = block?.querySelector<HTMLElement>('[role="status"]');

if (button && text && live) {
  // Without SITE_URL the build wrote no address: add the one the reader is on.
  if (!text.textContent!.includes('http')) text.textContent += `，${location.origin}${location.pathname}`; // the clean address: no ?hl= or other query
  button.hidden = false;
  button.addEventListener('click', async () => {
    const ok = await copyText(text.textContent!.trim());
    live.textContent = (ok ? live.dataset.copied : live.dataset.failed) ?? '';
  });
}
