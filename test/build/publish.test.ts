/**
 * What the publish step refuses, and what a build without SITE_URL writes: scratch builds of the
 * project, checked for their exit status, message and output. The CSP refusal build also carries a
 * hostile value in every settings field: the check reads every page, so it proves that no value
 * became code anywhere but where the test put one in raw (which it names by its settings field), and
 * the pages it leaves show each value as text (the unit suite: test/unit/lib/publisher-hostile.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { listFiles } from '../support/dist.ts';
import { readCss } from '../support/css.ts';
import { scratchBuilds, type BuildResult } from '../support/scratch-build.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const scratch = scratchBuilds('plan-publish-');
afterAll(() => scratch.cleanup());

/** A settings file with a hostile value in each text field, every one of them accepted: escaped in every output. */
const HOSTILE = {
  document: {
    issuer: `示例"机关'<script>alert(1)</script></style>*/&amp;`,
    documentNumber: '川人社发〔2021〕<b>1</b>号 "*/ </style>',
    signedDate: '2021-09-01',
    publishedDate: '2021-09-30',
    sourcePage: 'https://www.example.gov.cn/notice/1.html?a=1&b=2',
    pdf: { url: 'favicon.svg' },
  },
  site: {
    sponsor: '示例主办单位<img src=x onerror=alert(2)>',
    organizer: '"><script>alert(3)</script>',
    contact: { phone: '028-86000000转123', email: 'webmaster@example.gov.cn', address: "示例地址 ' onmouseover='alert(4)" },
    siteCode: '5100000000',
    icp: '蜀ICP备00000000号',
    police: '川公网安备 51010000000000号',
    govBadge: { image: 'favicon.svg', href: 'https://bszs.conac.cn/sitename?method=show&id=0' },
    domain: 'www.example.gov.cn',
    columnName: '规划计划</title><script>alert(5)</script>',
    keywords: ['人力"><script>', '社保&保障</style>'],
  },
};

describe('inline code the Content-Security-Policy would not allow, with hostile settings', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = scratch.buildWithEdits(
      [
        { file: 'content/settings/publisher.json', edit: () => JSON.stringify(HOSTILE, null, 2) },
        {
          file: 'src/pages/errata.astro',
          edit: (t) =>
            t
              .replace("import { t } from '../i18n/ui.ts';", "import { t } from '../i18n/ui.ts';\nimport { publisher } from '../lib/publisher.ts';")
              .replace(
                '</main>',
                '<script is:inline>window.injected = 1;</script><button type="button" onclick="go()">x</button><Fragment set:html={publisher.document.issuer} /></main>',
              ),
        },
      ],
      { env: { SITE_URL: 'https://www.example.gov.cn' } },
    );
  }, 240_000);
  const cspLines = () => {
    const start = result.output.indexOf('nothing was hashed):\n');
    const end = result.output.indexOf('Inline scripts allowed', start);
    return result.output
      .slice(start, end)
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.trim());
  };

  it('fails the build, naming the page of an inline script and of an event handler, and the settings field of a value put in raw', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('src/integrations/csp.ts INLINE_SCRIPTS');
    expect(cspLines()).toEqual([
      'errata/index.html: inline script not in the allowlist: <script>window.injected = 1;',
      'content/settings/publisher.json, field "document.issuer": its value reaches errata/index.html as inline code (inline script not in the allowlist: <script>alert(1)); write it as plain text, which every page escapes',
      'errata/index.html: inline event handler onclick="go()" (use a script module instead)',
    ]);
  });

  // The CSP check read every page: no other page has a script or handler from the settings. The pages
  // were written before it ran: each value reads back as text where it belongs.
  it('shows every hostile value as text in the footer, the title block and the metadata', () => {
    const $ = load(readFileSync(join(result.outDir, 'index.html'), 'utf8'));
    expect($('.doc-facts dd').first().text().trim()).toBe(HOSTILE.document.issuer);
    expect($('.doc-facts dd').eq(1).text().trim()).toBe(HOSTILE.document.documentNumber);
    const footer = $('.site-footer .identity li')
      .map((_, li) =>
        $(li)
          .text()
          .replace(/^[^：]+：/u, '')
          .trim(),
      )
      .get();
    expect(footer.slice(0, 2)).toEqual([HOSTILE.site.sponsor, HOSTILE.site.organizer]);
    expect(footer).toContain(HOSTILE.site.contact.address);
    expect($('meta[name="ContentSource"]').attr('content')).toBe(HOSTILE.document.issuer);
    expect($('meta[name="ColumnName"]').attr('content')).toBe(HOSTILE.site.columnName);
    expect($('meta[name="Keywords"]').attr('content')).toBe(HOSTILE.site.keywords.join(','));
    expect($('script:not([src])').filter((_, s) => /alert\(/u.test($(s).text())).length).toBe(0);
  });

  it('keeps the printed header one @page rule with the issuer as its text', () => {
    const css = readFileSync(join(result.outDir, 'print.css'), 'utf8');
    const header = css.slice(css.lastIndexOf('@media print'));
    expect(header).not.toMatch(/<\/?(style|script)/iu);
    expect(readCss(header)).toEqual({
      skeleton: '@media print{@page{@top-left{content:"";font-size:8pt;color:#444}@top-right{content:"";font-size:8pt;color:#444}}}\n',
      strings: [PLAN_TITLE, HOSTILE.document.issuer],
    });
  });

  it('writes the issuer as text into the Markdown and text downloads', () => {
    expect(readFileSync(join(result.outDir, 'downloads/plan.md'), 'utf8')).toContain(
      '> 发布机关：示例"机关\'\\<script\\>alert(1)\\</script\\>\\</style\\>\\*/\\&amp;',
    );
    expect(readFileSync(join(result.outDir, 'downloads/plan.txt'), 'utf8')).toContain(`\r\n发布机关：${HOSTILE.document.issuer}\r\n`);
  });
});

describe('SITE_URL and BASE_PATH', () => {
  it('builds without SITE_URL with a loud warning and no localhost (or any absolute own) address anywhere', () => {
    const { status, output, outDir } = scratch.build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/SITE_URL is not set/);
    const text = listFiles(outDir).filter((f) => /\.(html|xml|txt|json|csv|js|svg|css)$/.test(f));
    expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(outDir, f), 'utf8')))).toEqual([]);
    expect(existsSync(join(outDir, 'sitemap.xml'))).toBe(false);
    // A QR code needs the address too: none is made, rather than one of a guessed address.
    expect(listFiles(outDir).filter((f) => f.endsWith('qr.svg'))).toEqual([]);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const chapter = readFileSync(join(outDir, 'chapters/3/index.html'), 'utf8');
    expect(chapter).not.toContain('rel="canonical"');
    expect(chapter).toContain('<span data-url></span>');
  }, 120_000);

  it('takes a path in SITE_URL as the base path', () => {
    const { status, output, outDir } = scratch.build({ env: { SITE_URL: 'https://rsj.example.gov.cn/plan' } });
    expect(status, output).toBe(0);
    const locs = [...readFileSync(join(outDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs[0]).toBe('https://rsj.example.gov.cn/plan/');
    expect(locs.every((l) => l.startsWith('https://rsj.example.gov.cn/plan/'))).toBe(true);
    expect(readFileSync(join(outDir, 'chapters/3/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://rsj.example.gov.cn/plan/chapters/3/">');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="/plan/chapters/1/"');
  }, 120_000);

  // Each refusal of SITE_URL and BASE_PATH is a unit test of siteAddress() (test/unit/lib/site-address.test.ts); one build proves astro.config.mjs calls it.
  it('refuses a bad BASE_PATH before building, with the message naming the variable', () => {
    const { status, output } = scratch.build({ env: { BASE_PATH: '/plan//' } });
    expect(status).not.toBe(0);
    expect(output).toContain('BASE_PATH=/plan// has an empty segment');
    expect(output).not.toContain('Missing parameter');
  }, 120_000);
});
