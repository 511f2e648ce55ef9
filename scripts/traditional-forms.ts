/**
 * Writes src/data/traditional.ts: the traditional forms of the characters the plan uses, so that a
 * query typed in traditional characters (養老保險) can be read as the simplified ones of the plan.
 * Run by hand after the plan's text changes (`npm run search:traditional`); the data module is
 * committed and reviewed, and test/unit/data/traditional.test.ts checks it against the plan.
 *
 * The forms come from OpenCC's character tables (Debian: `apt-get install opencc`): for each
 * character of the plan, its traditional forms in STCharacters, kept only when OpenCC's t2s reads
 * the form back as that character and the plan does not itself use the form (so no query in the
 * plan's own characters is ever changed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlan } from '../src/integrations/plan/read-plan.ts';

const OPENCC = process.env.OPENCC_DIR ?? '/usr/share/opencc';
const out = fileURLToPath(new URL('../src/data/traditional.ts', import.meta.url));

const run = (cmd: string, args: string[], input?: string): string => {
  try {
    return execFileSync(cmd, args, { input, encoding: 'utf8' });
  } catch (cause) {
    throw new Error(`${cmd} failed; install OpenCC (Debian/Ubuntu: apt-get install opencc) or set OPENCC_DIR to its data folder`, { cause });
  }
};

const plan = readPlan(fileURLToPath(new URL('..', import.meta.url)));
const alphabet = new Set([...plan.passages.map((p) => p.text).join('')].filter((c) => !/\s/u.test(c)));
const dir = mkdtempSync(join(tmpdir(), 'opencc-'));
let table: string;
try {
  run('opencc_dict', ['-i', join(OPENCC, 'STCharacters.ocd2'), '-o', join(dir, 'st.txt'), '-f', 'ocd2', '-t', 'text']);
  table = readFileSync(join(dir, 'st.txt'), 'utf8');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const candidates: [traditional: string, simplified: string][] = [];
for (const line of table.split('\n').filter(Boolean)) {
  const [simplified, forms] = line.split('\t') as [string, string];
  if (!alphabet.has(simplified)) continue;
  for (const form of forms.split(' ')) if (form !== simplified && !alphabet.has(form)) candidates.push([form, simplified]);
}
const back = run('opencc', ['-c', join(OPENCC, 't2s.json')], `${candidates.map(([t]) => t).join('\n')}\n`).split('\n');
const kept = candidates.filter(([, s], i) => back[i] === s);
const bySimplified = new Map<string, string>();
for (const [t, s] of kept.sort((a, b) => a[1].codePointAt(0)! - b[1].codePointAt(0)!)) bySimplified.set(s, (bySimplified.get(s) ?? '') + t);

const lines = [...bySimplified].map(([s, t]) => `  ${s}: '${t}',`);
writeFileSync(
  out,
  `/**
 * Traditional forms of the characters the plan uses, by simplified character: a query typed in
 * traditional characters (養老保險) is read as the plan's simplified ones (养老保险), with a note.
 * Written by scripts/traditional-forms.ts from OpenCC's tables (${kept.length} forms of ${bySimplified.size} characters); only
 * forms the plan itself does not use (test/unit/data/traditional.test.ts). Do not edit by hand.
 */
export const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
${lines.join('\n')}
};

/** The forms as one string of traditional-simplified pairs, as the search page fetches it. */
export const traditionalPairs = (): string =>
  Object.entries(TRADITIONAL_FORMS)
    .flatMap(([simplified, forms]) => [...forms].map((form) => form + simplified))
    .join('');
`,
);
console.log(`wrote ${out}: ${kept.length} traditional forms of ${bySimplified.size} characters`);
