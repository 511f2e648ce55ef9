/**
 * What the reading tools (无障碍) cost in JavaScript, gzip level 9, read from a built chapter page:
 * the module every page runs (ReaderStatus.astro's script) and, loaded only when a reader uses a
 * tool, the tools' one lazy module (the panel's controls and the shortcuts, the paragraph menu with
 * the clipboard and copy handlers, read-aloud and the pointer tools: 大鼠标, 十字线, 大字幕, 指读),
 * named by <template data-lazy="readerTools">, with every chunk they import. Apart from the
 * JavaScript, the data that comes with the lazy module: its strings and the panel's markup
 * (reader-tools.json) and its stylesheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';

/** Before interaction: the reading tools' share of a chapter page's 20 KB. */
const BEFORE_INTERACTION = 8 * 1024;
/** With every tool used (panel, paragraph menu, read-aloud, pointer tools): the budget for all reading tools together. */
const EVERY_TOOL = 8 * 1024;
/** The lazy module's data (strings and panel markup) and stylesheet: a ceiling that catches growth (3.4 KB when set). */
const TOOL_DATA = 4 * 1024;

const dir = BUILDS[0]!.dir;
assertBuilt(dir);

/** A script and the chunks it imports, as files below dist/. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) withImports(file.replace(/[^/]+$/, spec!), seen);
  return seen;
}
const gzip = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
const asFile = (src: string) => src.replace(/^\//, '');

describe("the reading tools' JavaScript", () => {
  const $ = loadHtml(join(dir, 'chapters/3/index.html'));
  const eager = $('script[type="module"][src*="ReaderStatus"]')
    .map((_, el) => asFile($(el).attr('src')!))
    .get();
  // A <template>'s content is a fragment of its own: read its script's src from the markup.
  const lazy = $('template[data-lazy]')
    .map((_, el) => ({ name: $(el).attr('data-lazy')!, src: asFile(/src="([^"]+)"/.exec($(el).html()!)![1]!) }))
    .get();

  it('has one module before interaction and one lazy module for every tool', () => {
    expect(eager).toHaveLength(1);
    expect(lazy.map((l) => l.name)).toEqual(['readerTools']);
  });

  it(`costs at most ${BEFORE_INTERACTION / 1024} KB gzip before the reader uses a tool`, () => {
    const before = gzip(withImports(eager[0]!));
    expect(before).toBeLessThanOrEqual(BEFORE_INTERACTION);
  });

  it(`costs at most ${EVERY_TOOL / 1024} KB gzip with every tool in use`, () => {
    const files = withImports(eager[0]!);
    for (const l of lazy) withImports(l.src, files);
    expect(gzip(files)).toBeLessThanOrEqual(EVERY_TOOL);
  });

  it(`brings at most ${TOOL_DATA / 1024} KB gzip of strings, markup and styles with the lazy module`, () => {
    const resources = asFile($('template[data-lazy="readerTools"]').attr('data-resources')!);
    const lazyCode = [...withImports(lazy[0]!.src)].map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    const css = /["'`]\/(_assets\/reader-tools\.[\w-]+\.css)["'`]/.exec(lazyCode)?.[1];
    expect(css, 'the lazy module links its stylesheet').toBeDefined();
    expect(gzip(new Set([resources, css!]))).toBeLessThanOrEqual(TOOL_DATA);
  });
});
