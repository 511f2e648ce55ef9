/**
 * 分享 (Share.astro), once its panel first opens: the page's address where the build did not know it,
 * and 复制链接. Part of the reading tools' lazy module (src/reader/tools.ts): the panel works
 * without it (QR code and address), so no page carries this code before a reader opens one.
 */
import { copyText } from './copy-text.ts';
import { t } from './strings.ts';

export function initShare(panel: HTMLElement, announce: (message: string) => void): void {
  const address = location.href.replace(/[?#].*$/u, '');
  const shown = panel.querySelector<HTMLElement>('[data-share-url]');
  if (shown && !shown.textContent) shown.textContent = address;
  const button = panel.querySelector<HTMLButtonElement>('[data-copy-link]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const url = shown?.textContent || address;
    announce((await copyText(url)) ? t('reader.copiedLink') : t('reader.copyFailed') + url);
  });
}
