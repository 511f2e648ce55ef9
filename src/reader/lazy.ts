/**
 * Code that loads only when the reader uses it (the reading tools: src/reader/tools.ts, and
 * their strings and the panel's markup, /reader-tools.json),
 * without a bundler's dynamic import: that would add Vite's ~1 KB preload helper to every page. The
 * lazy module is a component <script> rendered inside <template data-lazy="readerTools">
 * (ReaderStatus.astro), so Astro builds and hashes it and the page's policy allows it, but the
 * browser does not run it until it is cloned out of the template; on running, it puts its functions
 * under window[LAZY].
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

/** Where the lazy module puts its functions (reader-tools.ts writes the same name). */
export const LAZY = '__planLazy';

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

type LazyWindow = Window & { [LAZY]?: LazyModules };

let loading: Promise<LazyModules> | undefined;

/** The lazy module's export `name` if the module has run, else undefined (for a handler that cannot wait, such as copy). */
export const loaded = <K extends keyof LazyModules>(name: K): LazyModules[K] | undefined => (window as LazyWindow)[LAZY]?.[name];

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
    await new Promise<void>((resolve, reject) => {
      const run = document.createElement('script');
      run.type = 'module';
      run.src = at(script.getAttribute('src')!);
      run.onload = () => resolve();
      // Offline, or the site was updated and this page's scripts are gone from the server (an Error, not the Event).
      run.onerror = () => reject(new Error(run.src));
      document.head.append(run);
    });
    const modules = (window as LazyWindow)[LAZY]!;
    modules.receive(await resources);
    await modules.ready;
    return modules;
  })().catch((error: unknown) => {
    loading = undefined; // a later use tries again (the network may be back)
    throw error;
  });
  return (await loading)[name];
}

/** Runs `use` with the lazy module's export once loaded; when it cannot load, runs `failed` instead (by default nothing). */
export const withLazy = <K extends keyof LazyModules>(name: K, use: (module: LazyModules[K]) => unknown, failed: () => unknown = () => 0): void => void lazy(name).then(use, failed);
