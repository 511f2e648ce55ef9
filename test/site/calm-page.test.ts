/**
 * A calm page (issue 21), checked on the built HTML of every page: 大字 beside 分享 wherever the
 * reading tools are, headings with nothing but their words in their wrapper, and repair marks that
 * are named notes, left out of copies and of the plan text. (How they look and work: test/e2e/calm-page.spec.ts.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { errata } from '../../src/data/errata.ts';

const dist = BUILDS[0]!.dir;
assertBuilt(dist);
const htmlFiles = listFiles(dist).filter((f) => f.endsWith('.html'));

describe('every page', () => {
  it.each(htmlFiles)('%s: 大字 beside 分享 where the reading tools are; headings alone in their wrappers', (file) => {
    const $ = loadHtml(join(dist, file));
    const tools = $('[data-reader-live]').length > 0;
    const big = $('button.big-text');
    expect(big.length, 'one 大字 button where the reading tools are, none elsewhere').toBe(tools ? 1 : 0);
    if (tools) {
      expect(big.text()).toBe('大字');
      expect(big.next().is('details.share'), '大字 stands right before 分享').toBe(true);
    }
    expect($('.heading-wrap > :not(h1, h2, h3, h4, h5)').length, 'nothing but the heading in its wrapper').toBe(0);
  });

  it.each(htmlFiles.filter((f) => loadHtml(join(dist, f))('.fix-ref').length > 0))(
    '%s: each repair mark is a bracketed note named for its 勘误说明 entry, marked as UI',
    (file) => {
      const $ = loadHtml(join(dist, file));
      $('.fix-ref').each((_, sup) => {
        const a = $(sup).children('a');
        const id = a.attr('href')!.replace(/^.*#/, '');
        const n = errata.findIndex((e) => e.id === id) + 1;
        expect(n, id).toBeGreaterThan(0);
        expect({ ui: $(sup).is('[data-ui]'), text: a.text(), name: a.attr('aria-label') }).toEqual({ ui: true, text: '[勘误]', name: `勘误说明第${n}条` });
      });
    },
  );
});
