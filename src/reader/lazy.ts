/**
 * Code that loads only when the reader uses it (the reading tools: src/reader/tools.ts, and their
 * strings and the panel's markup, /reader-tools.json). The module is a component <script> rendered
 * inside <template data-lazy="readerTools"> (LazyReaderTools.astro), so Astro builds and hashes it
 * and the page names it without running it; the first use imports that URL with the browser's own
 * import() and takes the module's exports. Not a bundler import('./tools.ts'): Vite wraps those in
 * its preload helper, +0.9 KB gzip on every page, and chapter 1 has no room for it (see
 * docs/reading-tools.md).
 */
import type { readAloud } from './read-aloud.ts';
import type { buildSheet, shortcut } from './sheet.ts';
import type { pointerTools } from './pointer-tools.ts';
import type { paragraphMenu } from './paragraph-menu.ts';
import type { cleanCopy } from './clean-copy.ts';
import type { copyText } from './copy-text.ts';
import type { keepReadingPosition } from './keep-position.ts';
import type { initShare } from './share.ts';
import type { receive } from './strings.ts';

export interface LazyModules {
  readAloud: typeof readAloud;
  /** Settles once the tools' stylesheet has loaded (or failed to). */
  ready: Promise<void>;
  /** Fills the panel with the markup of /reader-tools.json. */
  buildSheet: (ctx: Parameters<typeof buildSheet>[0]) => void;
  shortcut: typeof shortcut;
  pointerTools: typeof pointerTools;
  paragraphMenu: typeof paragraphMenu;
  cleanCopy: typeof cleanCopy;
  copyText: typeof copyText;
  keepReadingPosition: typeof keepReadingPosition;
  /** Wires a 分享 panel (its 复制链接). */
  share: typeof initShare;
  /** Takes the tools' strings and the panel's markup (/reader-tools.json), fetched here. */
  receive: typeof receive;
}

let loading: Promise<LazyModules> | undefined;
/** The module's exports once it has run. */
let modules: LazyModules | undefined;

/** The lazy module's export `name` if the module has run, else undefined (for a handler that cannot wait, such as copy). */
export const loaded = <K extends keyof LazyModules>(name: K): LazyModules[K] | undefined => modules?.[name];

/**
 * The lazy module's export `name`, loading its script (and, at the same time, its strings and markup) the
 * first time. Rejects when they cannot be had (offline, or the site was updated and this page's scripts
 * are gone): every caller handles that (withLazy), since an unhandled rejection is an error in the page.
 */
export async function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  loading ??= (async () => {
    const template = document.querySelector<HTMLTemplateElement>('template[data-lazy="readerTools"]');
    const script = template?.content.querySelector('script');
    if (!script) throw new Error('no reading tools on this page');
    // Attributes, resolved here: a template's content has no document URL of its own to resolve them against.
    const at = (path: string) => new URL(path, document.baseURI).href;
    const resources = fetch(at(template!.dataset.resources!)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))));
    // Awaited below once the script has run; when the script fails first, its failure is the one reported.
    resources.catch(() => 0);
    // The browser's import of the module the page names (left alone by Vite: its URL is known only here).
    const loaded = ((await import(/* @vite-ignore */ at(script.getAttribute('src')!))) as { modules: LazyModules }).modules;
    loaded.receive(await resources);
    await loaded.ready;
    return (modules = loaded);
  })().catch((error: unknown) => {
    loading = undefined; // a later use tries again (the network may be back)
    throw error;
  });
  return (await loading)[name];
}

/** Runs `use` with the lazy module's export once loaded; when it cannot load, runs `failed` instead (by default nothing). */
export const withLazy = <K extends keyof LazyModules>(name: K, use: (module: LazyModules[K]) => unknown, failed: () => unknown = () => 0): void =>
  void lazy(name).then(use, failed);
