/**
 * The same .docx for the same plan: the `docx` package stamps every file it writes with the time of
 * the build (each ZIP entry's date, and dcterms:created / dcterms:modified in docProps/core.xml) and
 * names some relationships (the external links') with random ids, so every rebuild of an unchanged plan
 * made a new file, a new offline version, and a new download for every reader. This repacks such a
 * package with those ids numbered in order, and with the dates taken from SOURCE_DATE_EPOCH when it is
 * set (the reproducible-builds convention: seconds since 1970, e.g. the last commit's time), otherwise
 * with no creation dates in core.xml and 1980-01-01 00:00, the earliest ZIP date, on every entry.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** The build's fixed time from SOURCE_DATE_EPOCH (whole seconds), or undefined when unset. Refuses anything else. */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/u.test(raw)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (e.g. $(git log -1 --format=%ct)), not "${raw}"`);
  return new Date(Number(raw) * 1000);
}

const CORE = 'docProps/core.xml';
const STAMP = /<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*<\/dcterms:\1>/gu;

/** core.xml with its two timestamps set to `at` (to the second), or removed (both are optional). */
export function stampCore(xml: string, at: Date | undefined): string {
  const stamps = xml.match(STAMP) ?? [];
  if (stamps.length !== 2)
    throw new Error(
      `${CORE}: expected dcterms:created and dcterms:modified, found ${stamps.length} timestamp(s); has the docx package changed what it writes?`,
    );
  return xml.replace(STAMP, (_, name: string) =>
    at ? `<dcterms:${name} xsi:type="dcterms:W3CDTF">${at.toISOString().replace(/\.\d{3}Z$/u, 'Z')}</dcterms:${name}>` : '',
  );
}

/**
 * Every relationship id that is not docx's numbered kind (rId1, rId2 …) renamed rIdStable1, rIdStable2 …
 * in the order the .rels files list them, in those files and wherever a part refers to it.
 */
function numberRandomIds(files: Record<string, Uint8Array>): void {
  const names = Object.keys(files).filter((name) => name.endsWith('.rels'));
  const ids = new Map<string, string>();
  for (const name of names) {
    for (const [, id] of strFromU8(files[name]!).matchAll(/\bId="([^"]+)"/gu))
      if (!/^rId\d+$/u.test(id!) && !ids.has(id!)) ids.set(id!, `rIdStable${ids.size + 1}`);
  }
  if (ids.size === 0) return;
  const pattern = new RegExp(`"(${[...ids.keys()].map((id) => id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})"`, 'gu');
  for (const name of Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const xml = strFromU8(files[name]!);
    const renamed = xml.replace(pattern, (_, id: string) => `"${ids.get(id)}"`);
    if (renamed !== xml) files[name] = strToU8(renamed);
  }
}

/**
 * The package with every date fixed and every random id numbered, its entries in the same order. A ZIP date is local time without
 * a zone; it is written from the UTC reading of `at`, so the bytes do not depend on the machine's zone.
 */
export function stableDocx(docx: Uint8Array, at: Date | undefined = sourceDateEpoch()): Uint8Array {
  const files = unzipSync(docx);
  if (!(CORE in files)) throw new Error(`the .docx has no ${CORE}`);
  files[CORE] = strToU8(stampCore(strFromU8(files[CORE]!), at));
  numberRandomIds(files);
  const mtime = at
    ? new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds())
    : new Date(1980, 0, 1);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime }];
  return zipSync(zippable);
}
