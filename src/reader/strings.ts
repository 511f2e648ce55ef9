/**
 * What the reading tools read besides their code, in the browser: their strings
 * (src/i18n/reader-ui.json) and the 无障碍 panel's markup (src/reader/panel.ts), which
 * src/reader/lazy.ts fetches as /reader-tools.json alongside the tools' module and hands over
 * (receive) before any tool runs. Data, not code: none of it is bundled into a script.
 */
import type strings from '../i18n/reader-ui.json';
import type { ToolResources } from './resources.ts';

export const readerUi = {} as typeof strings;
export const panel = { html: '' };

/**
 * The reading tools' t(key), over their strings once received: the t of src/i18n/translator.ts without
 * placeholders (none of these strings has one), written out so the tools and the search page share no
 * chunk (a shared module becomes a file of its own, one more request for each).
 */
export const t = (key: keyof typeof readerUi): string => readerUi[key];

export function receive(resources: ToolResources): void {
  Object.assign(readerUi, resources.strings);
  panel.html = resources.panel;
}
