// @ts-check
/**
 * A yardstick that `npm run bench:build` builds in each run, not a way to build the site: the project's
 * own config with only MDX and the build cache (which keeps the plan's downloads), so Astro renders every
 * page, endpoint and download as usual and nothing else runs: no plan checks before the pages, and no
 * search index, chart PNGs, QR codes, sitemap, offline copy, CSP or compressed copies after them.
 * It answers how much of the build is Astro building this site's pages (docs/build-time.md).
 */
import config from '../../astro.config.mjs';

const KEEP = new Set(['@astrojs/mdx', 'plan:build-cache']);

export default {
  ...config,
  integrations: (config.integrations ?? []).flat().filter((integration) => integration && KEEP.has(integration.name)),
};
