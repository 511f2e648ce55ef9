/** Every built page is valid HTML, and passes html-validate's recommended rules (document and a11y included) but the two switched off below. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';

const dist = BUILDS[0]!.dir;
assertBuilt(dist);
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Scrollable table wrappers are <div role="region" aria-label tabindex="0">: valid ARIA, and exactly
    // what <section aria-label> would expose; which element to write is taste, not validity.
    'prefer-native-element': 'off',
    // Filter forms narrow a table as the reader types and are `hidden` until their script runs (without
    // JavaScript every row shows), so a submit button would do nothing. Forms that submit need one.
    'wcag/h32': 'off',
  },
});

describe('HTML validity', () => {
  it.each(listFiles(dist).filter((f) => f.endsWith('.html')))('%s has no html-validate errors', async (file) => {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`));
    expect(messages).toEqual([]);
  });
});
