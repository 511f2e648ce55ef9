/**
 * Read-aloud, loaded only when the reader first asks for it (src/scripts/lazy.ts): it hands its
 * function to the page under the name lazy.ts reads, since a script added to the page has no
 * exports to give. (The name is written out, not imported: an import shared with the page's own
 * bundle would become a chunk of its own that every page fetches.)
 */
import { readAloud } from './read-aloud.ts';
import type { LazyModules } from './lazy.ts';

const w = window as unknown as { __planLazy?: Partial<LazyModules> };
w.__planLazy = { ...w.__planLazy, readAloud };
