/**
 * Every page of the sitemap (and the 404 page) in WebKit and in Firefox, as a phone reader first
 * sees it: it shows its title and its plan text (the same text the fidelity test checks), no script
 * errs, nothing is requested from another origin or fails, and nothing scrolls sideways at any of the
 * engine's widths (WebKit: its narrowest window, then 390 and 320 px frames; Firefox: 390 and 320 px).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileForPath, loadHtml } from '../support/dist.ts';
import { pagePlanText, squash } from '../support/fidelity.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';
import { offOrigin } from '../support/engines/engine.ts';
import { describeEngines } from '../support/engines/use-engine.ts';

const build = BUILDS[0]!;

/** What the built HTML says the page shows. */
function expected(path: string) {
  const $ = loadHtml(fileForPath(build.dir, path) ?? join(build.dir, path));
  const h1 = $('h1').first().clone();
  h1.find('[data-ui]').remove();
  return { title: $('title').text(), h1: squash(h1.text()), plan: pagePlanText($) };
}

/** Runs in the page: its title, h1 and plan text as the engine has them, and whether they are rendered. */
function shown() {
  const squash = (s: string) => s.replace(/\s+/gu, '');
  const withoutUi = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('[data-ui]').forEach((n) => n.remove());
    return squash(copy.textContent ?? '');
  };
  const rendered = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const h1 = document.querySelector('h1');
  const roots = [...document.querySelectorAll('[data-plan]')].filter((el) => !el.parentElement?.closest('[data-plan]'));
  return {
    title: document.title,
    h1: h1 ? withoutUi(h1) : null,
    h1Rendered: h1 ? rendered(h1) : false,
    plan: roots.map(withoutUi).join(''),
    hiddenPlan: roots.filter((el) => !rendered(el)).map((el) => el.id || el.tagName.toLowerCase()),
  };
}

describeEngines('every page as first loaded', (ctx) => {
  it.each(browserPaths(build).map((p) => [label(p), p]))(
    '%s shows its title and plan text, without script errors, requests elsewhere or sideways scrolling',
    async (_, path) => {
      const tab = await ctx.open();
      const url = `${ctx.server.url}${path}`;
      const want = expected(path);
      const [first, ...narrower] = ctx.engine.widths;
      const overflows = [await tab.overflowAt(url, first!.width)];

      const got = await tab.evaluate(shown);
      expect(got.title).toBe(want.title);
      expect(got.h1).toBe(want.h1);
      expect(got.h1Rendered, 'the h1 is rendered').toBe(true);
      expect(got.plan).toBe(want.plan);
      expect(got.hiddenPlan, 'plan text not rendered').toEqual([]);

      for (const { width } of narrower) overflows.push(await tab.overflowAt(url, width));
      expect(overflows.filter((o) => o.overflow > 0).map((o) => `${o.width} px (${o.how}): ${o.overflow} px sideways, ${o.culprits.join(', ')}`)).toEqual([]);

      expect(await tab.errors()).toEqual([]);
      expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([]);
      const failed = tab.failedResponses().filter(
        (r) =>
          !(path === '404.html' && r.url === url) &&
          // WebKit itself, not the page (which links favicon.svg), asks for /favicon.ico; Chromium and Firefox do not.
          !(ctx.name === 'webkit' && r.url === `${ctx.server.origin}/favicon.ico`),
      );
      expect(failed.map((r) => `${r.status} ${r.url}`)).toEqual([]);
    },
  );
});
