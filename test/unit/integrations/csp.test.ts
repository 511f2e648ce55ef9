import { describe, expect, it } from 'vitest';
import { buildPolicy, cspHash, decodeEntities, inlineSources, scriptSources, withPolicyMeta } from '../../../src/integrations/csp.ts';
import { PREPAINT_SCRIPT } from '../../../src/reader/prepaint-script.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('inlineSources', () => {
  it('hashes an allowlisted inline script (the pre-paint script) and skips scripts with src', () => {
    const found = inlineSources(page(`<script>${PREPAINT_SCRIPT}</script><script type="module" src="/x.js"></script>`));
    expect(found.scripts).toEqual([cspHash(PREPAINT_SCRIPT)]);
    expect(found.unknownScripts).toEqual([]);
  });

  it('reports any other inline script, classic or module, and does not hash it', () => {
    const found = inlineSources(page('<script type="module">let a = 1;</script>', '<script>\n go()\n</script>'));
    expect(found.scripts).toEqual([]);
    expect(found.unknownScripts).toEqual(['<script type="module">let a = 1;', '<script>\n go()\n']);
  });

  it('accepts the chart configuration data block unhashed, but no unmarked or unknown data block', () => {
    const found = inlineSources(
      page(
        '',
        '<script type="application/json" data-chart-config>{"a":1}</script><script type="application/json">{}</script><script type="text/x-template">x</script>',
      ),
    );
    expect(found.scripts).toEqual([]);
    expect(found.unknownScripts).toEqual(['<script type="application/json">{}', '<script type="text/x-template">x']);
  });

  it('matches the hash a browser computes (sha256, base64, quoted)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('hashes style elements and decoded style attributes', () => {
    const found = inlineSources(page('<style>p{color:red}</style>', '<p style="font-family:&quot;A&quot;">x</p>'));
    expect(found.styles).toEqual([cspHash('p{color:red}')]);
    expect(found.styleAttributes).toEqual([cspHash('font-family:"A"')]);
  });

  it('reports inline event handlers, which no hash can allow', () => {
    expect(inlineSources(page('', '<button onclick="go()">x</button>')).eventHandlers).toEqual(['onclick="go()"']);
  });

  it('does not mistake text inside a script for attributes', () => {
    const found = inlineSources(page(`<script>${PREPAINT_SCRIPT}</script><script type="application/json" data-chart-config>"<a onclick=1 style=2>"</script>`));
    expect(found.eventHandlers).toEqual([]);
    expect(found.styleAttributes).toEqual([]);
  });
});

describe('scriptSources', () => {
  it('lists the src of external scripts in order', () => {
    expect(scriptSources(page('<script type="module" src="/a.js"></script><script>x</script><script src=\'/b.js\'></script>'))).toEqual(['/a.js', '/b.js']);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric character references', () => {
    expect(decodeEntities('&lt;&#39;&#x41;&amp;&unknown;')).toBe("<'A&&unknown;");
  });
});

describe('buildPolicy', () => {
  const none = { scripts: [], styles: [], styleAttributes: [] };

  it('allows only the own origin when nothing is inline', () => {
    expect(buildPolicy(none)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('lists script hashes, allows wasm only when asked, and style attribute hashes only with unsafe-hashes', () => {
    const policy = buildPolicy({ ...none, scripts: ["'sha256-a'"], styleAttributes: ["'sha256-b'"] }, { wasm: true });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a';");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-b';");
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(buildPolicy(none)).not.toContain('wasm');
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy right after meta charset, before any script or stylesheet', () => {
    const html = withPolicyMeta(page('<link rel="stylesheet" href="/a.css"><script>x</script>'), "default-src 'self'");
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><link/);
  });

  it('replaces an earlier policy instead of adding a second one', () => {
    const once = withPolicyMeta(page(''), "default-src 'self'");
    const twice = withPolicyMeta(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain("default-src 'none'");
  });
});
