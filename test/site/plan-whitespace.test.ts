/**
 * What the build's checks refuse in the MDX (src/lib/plan/number-chapter.ts) never reaches a page by
 * another way: the plan text of the full-text page (every passage of the plan, as rendered) holds no
 * odd space, invisible character or hard line break, so readers see no gap the official text does not
 * have and the browser's find matches every run of words.
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { charName, ODD_SPACE, UNSEEN } from '../../src/lib/char-names.ts';

const dist = BUILDS[0]!.dir;
beforeAll(() => assertBuilt(dist));

it('the plan text of the full-text page has no odd space, invisible character or <br>', () => {
  const $ = loadHtml(join(dist, 'full/index.html'));
  const found: string[] = [];
  $('[data-plan]').each((_, el) => {
    if ($(el).parents('[data-plan]').length > 0) return;
    const copy = $(el).clone();
    copy.find('[data-ui]').remove();
    if (copy.find('br').length) found.push(`<br> in ${$(el).attr('id') ?? $(el).prop('tagName')}`);
    const odd = new RegExp(`${UNSEEN.source}|${ODD_SPACE.source}`, 'gu');
    // The text of each block, trimmed: a line break between elements is markup, one inside a paragraph a space readers see.
    copy.find('p, h2, h3, h4, th, td, li').each((_, block) => {
      for (const m of $(block)
        .text()
        .replace(/^\s+|\s+$/gu, '')
        .matchAll(odd))
        found.push(`${charName(m[0])} in ${$(block).attr('id') ?? $(el).attr('id') ?? ''}`);
    });
  });
  expect(found).toEqual([]);
  expect($('[data-plan]').length).toBeGreaterThan(0);
});
