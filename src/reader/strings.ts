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

export function receive(resources: ToolResources): void {
  Object.assign(readerUi, resources.strings);
  panel.html = resources.panel;
}
