/**
 * Bytes each page type costs before the reader interacts, measured in Chromium at phone size over the
 * built site (dist/): HTML, CSS, JS and other, gzip level 9, and the first round trip (the HTML and the
 * stylesheets that block the first paint). Prints a Markdown table; `-- --write` puts it into docs/figures.md.
 *
 *   npm run build:all && npm run bench:weight     (it visits the pages of the sitemap, which needs SITE_URL)
 *   npm run bench:weight -- --write
 */
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt } from '../support/dist.ts';
import { crawlPaths } from '../support/sitemap.ts';
import { kb, measurePage } from '../support/weight.ts';
import { report } from './figures.ts';

const build = BUILDS[0]!;
assertBuilt(build.dir);
const browser = await launchBrowser();
const server = await serveSite(build.dir, build.base);
const out = report('weight');
try {
  const rows = ['| page | HTML | CSS | JS | other | HTML+CSS+JS | first round trip | requests |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const path of crawlPaths(build)) {
    const w = await measurePage(browser, `${server.url}${path}`);
    const total = w.gzip.html + w.gzip.css + w.gzip.js;
    rows.push(
      `| /${path} | ${kb(w.gzip.html)} | ${kb(w.gzip.css)} | ${kb(w.gzip.js)} | ${kb(w.gzip.other)} | **${kb(total)}** | ${kb(w.gzip.html + w.renderBlockingCss)} | ${w.requests.length} |`,
    );
  }
  out.log(`Bytes before interaction, gzip (Chromium ${browser.version()}, 390×844):\n`);
  out.log(rows.join('\n'));
  out.done();
} finally {
  await browser.close();
  await server.close();
}
