/**
 * Lazy modules (src/scripts/lazy.ts, src/scripts/charts.ts) are component scripts rendered inside a
 * <template data-lazy="name">, so that Astro bundles and hashes them. WebKit (Safari, WeChat on an
 * iPhone) fetches a <script src> even inside a <template> (measured with WebKitGTK 2.50: every page
 * fetched the 无障碍 panel's and read-aloud's modules, and /indicators/ Chart.js, at load), so the
 * built pages carry the address as the template's data-src instead, which no browser fetches. The
 * loaders read data-src, and the script inside the template where this step has not run (astro dev).
 */
const LAZY_TEMPLATE = /<template data-lazy="([\w-]+)"><script type="module" src="([^"]+)"><\/script><\/template>/gu;

export const inertLazyScripts = (html: string): string => html.replace(LAZY_TEMPLATE, '<template data-lazy="$1" data-src="$2"></template>');
