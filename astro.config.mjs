// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import buildTiming from './src/integrations/build-timing.ts';
import { PLAN_REMARK_PLUGINS } from './src/lib/plan/build-plan-model.ts';
import { remarkPlanAnchors } from './src/integrations/plan/remark-plan-anchors.ts';
import planChecks from './src/integrations/plan/plan-checks.ts';
import pagefindPlan from './src/integrations/pagefind-plan.ts';
import chartImages from './src/integrations/chart-images.ts';
import sitemap from './src/integrations/sitemap.ts';
import publish from './src/integrations/publish.ts';
import { siteAddress } from './src/lib/site-address.ts';
// Validates content/settings/publisher.json before anything is built: a bad field stops the build here.
import './src/publisher.ts';

/**
 * Where the site is published: SITE_URL=https://example.gov.cn BASE_PATH=/plan/ npm run build.
 * Checked here so a mistake names the variable. Without SITE_URL the build writes no absolute address.
 */
const { site, base } = siteAddress(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    assets: '_assets',
    // One cached stylesheet instead of inline <style>: smaller repeat visits and a strict CSP.
    inlineStylesheets: 'never',
  },
  // Caches inside the project (not node_modules/), so several checkouts can share one node_modules.
  cacheDir: './.astro/cache',
  // Short class names instead of data-astro-cid-* attributes: fewer bytes on every element.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  vite: {
    cacheDir: './.astro/vite',
    // One stylesheet for the whole site: fetched once, then cached for every page.
    // assetsInlineLimit 0: scripts stay external files (Astro would inline small ones), for a strict CSP.
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
  },
  markdown: {
    // remark-gfm is added explicitly (PLAN_REMARK_PLUGINS: the plan model parses with the same syntax);
    // SmartyPants stays off because it would rewrite the plan's punctuation. remarkPlanAnchors puts the
    // plan model's ids on the pages.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [...PLAN_REMARK_PLUGINS, remarkPlanAnchors],
    }),
  },
  // buildTiming marks Astro's own part of the build for `npm run bench:build` (first, so it sees the start
  // and end of Astro's work). planChecks refuses bad content before any page is rendered; pagefindPlan
  // indexes the plan after every build (never a separate step); chartImages draws each chart's PNG;
  // sitemap lists the pages the build wrote;
  // publish() puts each page's CSP in and precompresses every text file, including the search index and
  // the sitemap: it must stay last.
  integrations: [buildTiming(), planChecks(), mdx(), pagefindPlan(), chartImages(), sitemap(), publish()],
});
