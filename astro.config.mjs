// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import buildTiming from './src/integrations/build-timing.ts';
import buildCache from './src/integrations/build-cache.ts';
import { PLAN_REMARK_PLUGINS } from './src/lib/plan/build-plan-model.ts';
import { remarkPlanAnchors } from './src/integrations/plan/remark-plan-anchors.ts';
import planChecks from './src/integrations/plan/plan-checks.ts';
import pagefindPlan from './src/integrations/pagefind-plan.ts';
import chartImages from './src/integrations/chart-images.ts';
import sitemap from './src/integrations/sitemap.ts';
import shareQr from './src/integrations/share-qr.ts';
import offline from './src/integrations/offline.ts';
import publish from './src/integrations/publish.ts';
import { siteAddress } from './src/lib/site-address.ts';
// Validates content/settings/publisher.json before anything is built: a bad field stops the build here.
import './src/lib/publisher.ts';

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
    // Cached stylesheets instead of inline <style>: smaller repeat visits and a strict CSP.
    inlineStylesheets: 'never',
  },
  // Caches inside the project (not node_modules/), so several checkouts can share one node_modules.
  cacheDir: './.astro/cache',
  // Short class names instead of data-astro-cid-* attributes: fewer bytes on every element.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  vite: {
    cacheDir: './.astro/vite',
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Component scripts under their component's name (SiteHeader.<hash>.js, not
              // SiteHeader.astro_astro_type_script_index_0_lang.<hash>.js): the names are in every page's HTML.
              entryFileNames: (chunk) => `_assets/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/u, '').replace(/[^\w-]/gu, '_')}.[hash].js`,
            },
          },
        },
      },
    },
    // Each page gets the styles of what it shows: the core (global.css, reader.css, plan.css and the
    // components of every page) and its own, so a chapter's first round trip stays small.
    // assetsInlineLimit 0: scripts stay external files (Astro would inline small ones), for a strict CSP.
    build: {
      cssCodeSplit: true,
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's content-collection modules start with a "use astro:head-inject" directive that Astro
        // reads itself before bundling; Rolldown warns it may not keep it (~110 lines per build, nothing a
        // publisher can act on: withastro/astro#18087). Only that warning is dropped; every other one shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
        output: {
          // The header's module (on every page) carries the one comparison of search, which the search
          // page's module imports from it: the page has loaded that module anyway, so no extra chunk
          // (and request) is put on every page.
          manualChunks: (id) =>
            /SiteHeader\.astro\?astro&type=script|\/src\/scripts\/search\/(site-search|highlight)\.ts$|\/src\/lib\/search\/comparable\.ts$/.test(id)
              ? 'site-header'
              : undefined,
        },
      },
    },
  },
  markdown: {
    // The plan has no code blocks: no highlighter is loaded (Shiki's WebAssembly engine took ~30 ms a build).
    syntaxHighlight: false,
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
  // and end of Astro's work). buildCache keys the work the pages' code keeps between builds (the plan's
  // downloads) on the whole source tree and settings. planChecks refuses bad content before any page is rendered; pagefindPlan
  // indexes the plan after every build (never a separate step); chartImages draws each chart's PNG (the plan's downloads,
  // .docx, Markdown, text and JSON, are routes: src/pages/downloads/); sitemap lists the pages the build wrote; shareQr writes each
  // page's QR code; offline lists every file for the offline copy and writes the service worker (after
  // everything it lists); publish() puts
  // each page's CSP in and precompresses every text file, including the search index and the sitemap:
  // it must stay last.
  integrations: [buildTiming(), buildCache(), planChecks(), mdx(), pagefindPlan(), chartImages(), sitemap(), shareQr(), offline(), publish()],
});
