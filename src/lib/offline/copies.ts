/**
 * Which offline copy answers, which copies stay, and which open pages are told of a newer one: the
 * decisions of the service worker (src/scripts/offline/service-worker.ts), pure, so they are unit-tested
 * apart from the Cache API.
 *
 * A device may hold several copies of a scope, one per build: complete ones (their record written
 * last, with the time it was saved) and at most a few incomplete ones (an update cut off by a lost
 * signal, resumed at the next visit). Each open page is bound to the build it came from: the copy
 * that answered it, or the copy whose page has the same bytes as the network's answer, or none (a
 * page of a build the device has no complete copy of). Its scripts, styles, search index and data then
 * come from that copy, so a page and what it loads are always one build.
 */

export interface Copy {
  version: string;
  /** When the copy was completed (ms since 1970); null while it is incomplete. */
  savedAt: number | null;
}

/** What the worker remembers of one open page (a client). */
export interface Binding {
  /** The page's address, without query or fragment. */
  url: string;
  /** The digest of the page's bytes as the browser received them (pageDigest). */
  digest: string;
  /** The version of the copy the page belongs to, or null: a page of a build with no complete copy here. */
  copy: string | null;
}

/** The copy a page offline comes from: the newest complete one (the last the device finished saving). */
export function newestComplete(copies: readonly Copy[]): Copy | undefined {
  let newest: Copy | undefined;
  for (const copy of copies) if (copy.savedAt !== null && (!newest || copy.savedAt > newest.savedAt!)) newest = copy;
  return newest;
}

/**
 * The copies to delete. Kept always: the running worker's own copy (complete, or being saved) and every
 * copy an open page is bound to (an old tab's scripts are in it). When a new copy has just become the
 * active one (`activating`), everything else goes, incomplete copies included; at other times only
 * complete copies older than the newest complete one (an incomplete copy may be an update in progress).
 */
export function copiesToDelete(copies: readonly Copy[], own: string, bound: ReadonlySet<string>, activating: boolean): string[] {
  const newest = newestComplete(copies)?.version;
  return copies
    .filter((c) => c.version !== own && !bound.has(c.version))
    .filter((c) => (activating ? true : c.savedAt !== null && c.version !== newest))
    .map((c) => c.version);
}

/**
 * When a new copy is complete: each open page bound to another build is either the same page in the new
 * build (same bytes: it is now bound to the new copy, and nothing is said) or an older one, from an older
 * copy (it is told a newer version is ready). `digestInNew` gives the digest of a page in the new copy,
 * undefined when the new build has no page there (also a newer version: refreshing shows that). A page
 * bound to no copy came from the network when the device had no complete copy of its build: it is as
 * new as the server was then, maybe newer than this copy, so it is not told anything.
 */
export function onNewCopy(
  bindings: ReadonlyMap<string, Binding>,
  version: string,
  digestInNew: (url: string) => string | undefined,
): { rebind: string[]; notify: string[] } {
  const rebind: string[] = [];
  const notify: string[] = [];
  for (const [id, binding] of bindings) {
    if (binding.copy === version) continue;
    if (digestInNew(binding.url) === binding.digest) rebind.push(id);
    else if (binding.copy !== null) notify.push(id);
  }
  return { rebind, notify };
}

/** The bindings of the pages still open, so the record never grows with closed tabs. */
export function liveBindings(bindings: ReadonlyMap<string, Binding>, open: ReadonlySet<string>): Map<string, Binding> {
  return new Map([...bindings].filter(([id]) => open.has(id)));
}

/** A page's digest: the first 16 hex digits of the SHA-256 of its bytes (the same form as precache.ts revision). */
export async function pageDigest(bytes: ArrayBuffer): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...hash.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Files whose name carries their content's hash: any copy holding the name holds the same bytes. */
export const isContentAddressed = (url: string, scope: string): boolean => url.startsWith(`${scope}_assets/`);
