/**
 * /reader-tools.json (routed by src/pages/reader-tools.json.ts): what the reading tools' lazy module
 * needs besides its code, fetched with it on first use (src/reader/lazy.ts): their strings (src/i18n/reader-ui.json) and the 无障碍 panel's
 * markup (src/reader/panel.ts). Data, so it is not part of any script.
 */
import type { APIRoute } from 'astro';
import { readerUi } from '../i18n/reader-ui.ts';
import { panelHtml } from './panel.ts';

export interface ToolResources {
  strings: typeof readerUi;
  panel: string;
}

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ strings: readerUi, panel: panelHtml() } satisfies ToolResources), { headers: { 'Content-Type': 'application/json' } });
