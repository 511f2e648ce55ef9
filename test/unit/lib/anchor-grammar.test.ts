/**
 * One module owns the anchor grammar: src/lib/anchors.ts makes and reads every anchor. Any other file
 * under src/ (or scripts/) that writes a regex of an anchor's shape — /^s(\d+)-/, /column-\d+/,
 * new RegExp(`-p${n}`) — would be a second grammar that can drift from the first, so this test
 * fails on it, naming the file and line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

const GRAMMAR = 'src/lib/anchors.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|mts|mjs|js|astro)$/.test(name) ? [full] : [];
  });
}

/** Regex literals and RegExp(…) arguments in source text, with their line numbers. */
export function regexesIn(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  // A slash starts a regex literal after an operator, a bracket, a comma, `return` or the start of a line.
  const literal = /(?:^|[=(,:!&|?{};[]|\breturn|\btypeof)\s*(\/(?![*/])(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+\/[dgimsuvy]*)/gm;
  for (const m of source.matchAll(literal)) out.push({ line: lineAt(m.index! + m[0].length - m[1]!.length), text: m[1]! });
  const constructed = /\bRegExp\(\s*((?:String\.raw)?(?:`[^`]*`|'[^'\n]*'|"[^"\n]*"))/g;
  for (const m of source.matchAll(constructed)) out.push({ line: lineAt(m.index!), text: m[1]! });
  return out;
}

/** Does a regex's text look like it reads or writes an anchor of the plan? */
export function anchorShaped(text: string): boolean {
  return /column|preamble|cat(?:\\d|\(|\[|\$\{)|-(?:p|r)(?:\\d|\(|\[|\$\{)|-note|-head|(?<![\\\w])(?:[sc]|\[sc\]|\[cs\])(?:\\d|\(|\[|\$\{)/.test(text);
}

describe('the anchor grammar has one home', () => {
  it('recognises the anchor regexes the project used to have in ten files', () => {
    for (const old of [
      '/^s(\\d+)-(\\d+)-p(\\d+)$/',
      '/^column-(\\d+)-(\\d+)$/',
      '/^(c\\d+|s\\d+-\\d+)$/',
      '/^#(c\\d+|s\\d+-\\d+)$/',
      '/^[sc](\\d+)-/',
      '/^c(\\d+)$/',
      '/^(s\\d+-\\d+-p\\d+|c\\d+-p\\d+|column-\\d+(-\\d+)?-p\\d+)$/',
      '`-cat${n}`',
    ]) {
      expect(anchorShaped(old), old).toBe(true);
    }
    for (const other of [
      '/\\s+/gu',
      '/^H\\d$/',
      '/^zh[-_](CN|Hans)/i',
      '/^plan1[34]-[a-z0-9-]+$/',
      '/^t-[a-z0-9-]+$/',
      '/\\/chapters\\/\\d+\\/$/',
      '/^on/i',
      '/^第\\S+节/',
    ]) {
      expect(anchorShaped(other), other).toBe(false);
    }
  });

  it('finds regex literals and constructed regexes in source text', () => {
    const found = regexesIn("const a = /^c(\\d+)$/.test(x);\nif (s.match(/column-\\d+/)) f(new RegExp(`^s${n}-`), '/not/a/regex');\nconst b = 1 / 2 / 3;");
    expect(found.map((r) => [r.line, r.text])).toEqual([
      [1, '/^c(\\d+)$/'],
      [2, '/column-\\d+/'],
      [2, '`^s${n}-`'],
    ]);
  });

  it(`no file under src/ or scripts/ but ${GRAMMAR} writes an anchor regex`, () => {
    const offenders = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))]
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .filter((file) => file !== GRAMMAR)
      .flatMap((file) =>
        regexesIn(readFileSync(join(ROOT, file), 'utf8'))
          .filter((r) => anchorShaped(r.text))
          .map((r) => `${file}:${r.line}: ${r.text}`),
      );
    expect(offenders).toEqual([]);
  });

  it(`${GRAMMAR} itself holds the grammar's regexes`, () => {
    expect(regexesIn(readFileSync(join(ROOT, GRAMMAR), 'utf8')).filter((r) => anchorShaped(r.text)).length).toBeGreaterThanOrEqual(2);
  });
});
