/**
 * Code that loads only when the reader uses it (read-aloud, the 无障碍 panel's controls), without a bundler's dynamic import:
 * that would add Vite's ~1 KB preload helper to every page. Each lazy module is a component
 * <script> rendered inside a <template data-lazy="name"> (ReaderStatus.astro), so Astro builds and
 * hashes it and the page's policy allows it, but the browser does not run it until it is cloned
 * out of the template; on running, it puts its functions under window[LAZY].
 */
import type { readAloud } from './read-aloud.ts';
import type { buildSheet, shortcut } from './reader-sheet.ts';
import type { pointerTools } from './pointer-tools.ts';
import type { paragraphMenu } from './paragraph-menu.ts';
import type { cleanCopy } from './clean-copy.ts';
import type { copyText } from './copy-text.ts';

/** Where lazy modules put their functions (read-aloud-entry.ts writes the same name). */
export const LAZY = '__planLazy';

export interface LazyModules {
  readAloud: typeof readAloud;
  buildSheet: typeof buildSheet;
  shortcut: typeof shortcut;
  pointerTools: typeof pointerTools;
  paragraphMenu: typeof paragraphMenu;
  cleanCopy: typeof cleanCopy;
  copyText: typeof copyText;
}

/** Exports that come with another's script (the <template> is named after its first export). */
const TEMPLATE: Partial<Record<keyof LazyModules, keyof LazyModules>> = { shortcut: 'buildSheet', cleanCopy: 'paragraphMenu', copyText: 'paragraphMenu' };

type LazyWindow = Window & { [LAZY]?: Partial<LazyModules> };

const loading = new Map<string, Promise<void>>();

/** The lazy module's export `name`, loading its script the first time. */
export async function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  const have = (window as LazyWindow)[LAZY]?.[name];
  if (have) return have as LazyModules[K];
  const file = TEMPLATE[name] ?? name;
  let pending = loading.get(file);
  if (!pending) {
    pending = new Promise<void>((resolve, reject) => {
      const template = document.querySelector<HTMLTemplateElement>(`template[data-lazy="${file}"]`);
      const script = template?.content.querySelector('script');
      if (!script) return reject(new Error(`no <template data-lazy="${file}"> on this page`));
      const run = document.createElement('script');
      run.type = 'module';
      // The attribute, resolved here: a template's content has no document URL of its own to resolve it against.
      run.src = new URL(script.getAttribute('src')!, document.baseURI).href;
      run.onload = () => resolve();
      run.onerror = () => reject(new Error(`${name} did not load`));
      document.head.append(run);
    });
    loading.set(file, pending);
  }
  await pending;
  return (window as LazyWindow)[LAZY]![name] as LazyModules[K];
}
