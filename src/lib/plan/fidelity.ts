/**
 * The fidelity rule, as plain text functions: the plan text the site shows equals the official text
 * (content/source/plan-source.txt), whitespace aside, with exactly the repairs of src/data/errata.ts.
 * The build compares the plan model with it (check-plan.ts); the tests compare the built pages.
 */
import type { Erratum } from './errata-schema.ts';
import { showUnseen } from '../char-names.ts';

/** The official text, relative to the project root. */
export const SOURCE_FILE = 'content/source/plan-source.txt';

const WHITESPACE = /\s+/gu;
export const squash = (text: string): string => text.replace(WHITESPACE, '');

/** The official text without its table of contents (from 目录 to the title's second appearance). */
export function sourceWithoutToc(raw: string): string {
  const lines = raw.split(/\r?\n/);
  const title = lines.find((l) => l.trim() !== '')!.trim();
  const toc = lines.findIndex((l) => /^目\s*录$/.test(l.trim()));
  const again = lines.findIndex((l, i) => i > toc && l.trim() === title);
  if (toc < 0 || again < 0) throw new Error(`${SOURCE_FILE}: table of contents not found`);
  return [lines.slice(0, toc).join('\n'), lines.slice(again + 1).join('\n')].join('\n');
}

/**
 * Applies the errata in document order: each one replaces the first occurrence of its original
 * at or after the previous repair's start. Throws if one cannot be found.
 */
export function applyErrata(squashed: string, errata: readonly Erratum[]): string {
  let text = squashed;
  let from = 0;
  for (const e of errata) {
    const original = squash(e.original);
    const at = text.indexOf(original, from);
    if (at < 0) throw new Error(`Erratum ${e.id}: original "${e.original}" not found in the official text`);
    text = text.slice(0, at) + squash(e.corrected) + text.slice(at + original.length);
    from = at;
  }
  return text;
}

/** The expected reader's text of the whole plan. */
export const expectedPlanText = (raw: string, errata: readonly Erratum[]): string => applyErrata(squash(sourceWithoutToc(raw)), errata);

/** Where two texts first differ, with context, or null when equal. */
export function firstDifference(expected: string, actual: string, context = 30): string | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i += 1;
  const start = Math.max(0, i - context);
  return [
    `texts differ at character ${i} (expected ${expected.length} characters, got ${actual.length})`,
    `  official: …${showUnseen(expected.slice(start, i))}【${showUnseen(expected.slice(i, i + context))}】`,
    `  site:     …${showUnseen(actual.slice(start, i))}【${showUnseen(actual.slice(i, i + context))}】`,
  ].join('\n');
}

/** Splits the expected text into the preamble part and one part per chapter, at the 第X章 headings. */
export function splitByChapter(expected: string, chapterHeadings: string[]): string[] {
  const starts = chapterHeadings.map((h) => {
    const at = expected.indexOf(squash(h));
    if (at < 0) throw new Error(`Chapter heading not found in the official text: ${h}`);
    return at;
  });
  return [0, ...starts].map((start, i) => expected.slice(start, i < starts.length ? starts[i] : undefined));
}
