/**
 * The 复制引用 button of an indicator page: shown only when this script runs, copies the citation
 * (with the page's address as actually used, when the build did not know it) and says so in a live
 * region. Standalone on purpose: sharing the toolbar's copy helper would split the toolbar's bundle
 * into one more request on every page.
 */
const block = document.querySelector<HTMLElement>('[data-cite]');
const button = block?.querySelector<HTMLButtonElement>('[data-copy]');
const text = block?.querySelector<HTMLElement>('[data-citation]');
const live = block?.querySelector<HTMLElement>('[role="status"]');

async function copy(value: string): Promise<boolean> {
  try {
    if (navigator.clipboard && isSecureContext) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // refused: the older way below
  }
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  button?.focus();
  return ok;
}

if (button && text && live) {
  // Without SITE_URL the build wrote no address: add the one the reader is on.
  if (!text.textContent!.includes('http')) text.textContent += `，${location.origin}${location.pathname}`; // the clean address: no ?hl= or other query
  button.hidden = false;
  button.addEventListener('click', async () => {
    const ok = await copy(text.textContent!.trim());
    live.textContent = (ok ? live.dataset.copied : live.dataset.failed) ?? '';
  });
}

export {};
