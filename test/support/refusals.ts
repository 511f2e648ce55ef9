/**
 * For the tests of bad edits: a way to edit text that fails loudly when the text to replace is not
 * there exactly once (so a test cannot pass by editing nothing), the refusals described at unit level
 * (describeRefusals), and the assertion that a real build was refused with exactly the expected
 * messages, one per real error (expectRefused, for the one build per kind in test/build/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './paths.ts';
import type { BuildResult } from './scratch-build.ts';
import { planEditProblems } from './plan-edits.ts';

/** Replaces the one occurrence of `from`; throws when there is none or more than one. */
export const replaceOnce =
  (from: string, to: string) =>
  (text: string): string => {
    const parts = text.split(from);
    if (parts.length !== 2) throw new Error(`replaceOnce: "${from.slice(0, 40)}" occurs ${parts.length - 1} times`);
    return parts.join(to);
  };

/** The problem lines the build's checks printed (after "The plan has N problems"). */
function problemLines(output: string): string[] {
  const start = output.indexOf('the build stops before rendering any page:');
  if (start < 0) return [];
  const lines: string[] = [];
  for (const line of output.slice(start).split('\n').slice(1)) {
    if (/^ {2}\S/.test(line) && !line.includes('Stack trace')) lines.push(line.trim());
    else if (/^ {4,}\S/.test(line) && lines.length) lines[lines.length - 1] += ` ${line.trim()}`;
    else break;
  }
  return lines;
}

/** The build failed, and printed exactly these problems (each a substring or pattern of its line). */
export function expectRefused(result: BuildResult, ...messages: (string | RegExp)[]): void {
  expect(result.status, result.output).not.toBe(0);
  const lines = problemLines(result.output);
  expect(lines, result.output).toHaveLength(messages.length);
  messages.forEach((message, i) => {
    if (typeof message === 'string') expect(lines[i]).toContain(message);
    else expect(lines[i]).toMatch(message);
  });
}

/** One bad edit and the one message the build must print for it. */
export interface Refusal {
  /** What the maintainer did, as the test title. */
  name: string;
  file: string;
  edit: (text: string) => string;
  /** The printed line: a substring of it, or a pattern. */
  message: string | RegExp;
}

const matches = (line: string, message: string | RegExp) => (typeof message === 'string' ? line.includes(message) : message.test(line));

/**
 * Makes all the edits at once (they are independent: each in its own place) and runs the build's
 * content checks on them at unit level (test/support/plan-edits.ts): each edit's message is printed,
 * and nothing else is: one message per real error. Each case still has its own test. That the build
 * runs these checks and stops is proved once per kind by a real build (test/build/).
 */
export function describeRefusals(title: string, cases: readonly Refusal[]): void {
  describe(title, () => {
    let lines: string[];
    beforeAll(async () => {
      lines = await planEditProblems(cases.map(({ file, edit }) => ({ file, edit })));
    }, 60_000);

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
      expect(
        lines.filter((line) => matches(line, c.message)),
        `${String(c.message)}\nin:\n${lines.join('\n')}`,
      ).toHaveLength(1);
    });

    it(`prints ${cases.length === 1 ? 'that one message' : `those ${cases.length} messages`} and no knock-on ones`, () => {
      expect(lines, lines.join('\n')).toHaveLength(cases.length);
    });
  });
}

/** The line of the first occurrence of `text` in a file of the project as committed. */
export function lineOf(file: string, text: string): number {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const at = source.indexOf(text);
  if (at < 0) throw new Error(`lineOf: "${text.slice(0, 40)}" is not in ${file}`);
  return source.slice(0, at).split('\n').length;
}

/** Replaces the first `from` inside the record whose id is `id` (up to the next record's id). */
export const inRecord =
  (id: string, from: string, to: string) =>
  (text: string): string => {
    const start = text.indexOf(`id: '${id}'`);
    if (start < 0) throw new Error(`inRecord: no record "${id}"`);
    const next = text.indexOf('id: ', start + 4);
    const end = next < 0 ? text.length : next;
    const at = text.indexOf(from, start);
    if (at < 0 || at >= end) throw new Error(`inRecord: "${from}" is not in record "${id}"`);
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
