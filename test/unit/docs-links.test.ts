/**
 * The front door cannot rot: every relative link in README.md and docs/*.md leads to a file of the
 * repository (and, into a Markdown file, to one of its headings), and every repository path written in
 * backticks names something that exists. A path with a wildcard or placeholder (`*`, `<id>`, `NN`)
 * is checked up to the folder before it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** Where a repository path written in prose starts: the top-level folders and files the docs name. */
const ROOTS = ['src/', 'test/', 'scripts/', 'content/', 'deploy/', 'docs/', 'public/', '.ci/', '.github/'];
const TOP_FILES = ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', '.nvmrc', 'README.md'];

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Markdown without its fenced code blocks (examples of output and commands, not claims about paths). */
const prose = (md: string) => md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');

/** GitHub's heading ids: lower case, punctuation dropped (letters, digits, marks, spaces, - and _ kept), spaces as -. */
const slug = (heading: string) =>
  heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');

function headingIds(md: string): Set<string> {
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  for (const [, text] of prose(md).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(text!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n ? `${base}-${n}` : base);
  }
  return ids;
}

/** The part of a path that must exist: up to the first segment holding a wildcard or placeholder. */
function concretePart(path: string): string {
  const segments = path.split('/');
  const at = segments.findIndex((s) => /[*<>{}]|\bNN\b|…/.test(s));
  return at === -1 ? path : segments.slice(0, at).join('/');
}

/** Repository paths in the inline code spans of a Markdown text: each space-separated word that starts like one. */
export function backtickedPaths(md: string): string[] {
  const paths: string[] = [];
  for (const [, code] of prose(md).matchAll(/`([^`\n]+)`/g)) {
    for (let word of code!.split(/\s+/)) {
      word = word
        .replace(/^[("'=]+/, '')
        .replace(/[),;:'"]+$/, '')
        .replace(/:\d+$/, '');
      if (ROOTS.some((r) => word.startsWith(r)) || TOP_FILES.includes(word)) paths.push(word);
    }
  }
  return paths;
}

/** Relative link targets of a Markdown text: [text](target), not web addresses or same-page anchors. */
export function relativeLinks(md: string): string[] {
  return [...prose(md).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

function problems(file: string): string[] {
  const md = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const path of backtickedPaths(md)) {
    const part = concretePart(path);
    if (!existsSync(join(ROOT, part))) found.push(`${file}: \`${path}\` does not exist`);
  }
  for (const target of relativeLinks(md)) {
    const [path, fragment] = target.split('#') as [string, string | undefined];
    const resolved = path ? relative(ROOT, join(ROOT, dirname(file), decodeURI(path))) : file;
    if (!existsSync(join(ROOT, resolved))) {
      found.push(`${file}: link (${target}) leads to ${resolved}, which does not exist`);
    } else if (fragment && resolved.endsWith('.md') && !headingIds(readFileSync(join(ROOT, resolved), 'utf8')).has(decodeURIComponent(fragment))) {
      found.push(`${file}: link (${target}): ${resolved} has no heading #${fragment}`);
    }
  }
  return found;
}

describe('README.md and docs/*.md', () => {
  it('name only files and folders that exist, and link only to files and headings that exist', () => {
    expect(DOCS.flatMap(problems)).toEqual([]);
  });

  it('are read by the check: paths in backticks and links are found, code blocks are not', () => {
    const md = 'See `src/lib/anchors.ts`, `npx vitest run test/e2e/a.spec.ts` and [docs](docs/testing.md#the-commands).\n```\nsrc/not-a-claim.ts\n```\n';
    expect(backtickedPaths(md)).toEqual(['src/lib/anchors.ts', 'test/e2e/a.spec.ts']);
    expect(relativeLinks(md)).toEqual(['docs/testing.md#the-commands']);
    expect(concretePart('test/unit/**/*.test.ts')).toBe('test/unit');
    expect(slug('Publishing and `nginx` (intranet)')).toBe('publishing-and-nginx-intranet');
  });
});
