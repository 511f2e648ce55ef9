/**
 * The CSP check reads markup as a browser does (a "<script>" inside an attribute value is text, not an
 * element), says each piece of inline code once however many pages carry it, and names the settings
 * field when the code came from a settings value.
 */
import { describe, expect, it } from 'vitest';
import { cspProblems, inlineSources, scriptSources } from '../../../src/integrations/csp.ts';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const SETTINGS = 'content/settings/publisher.json';

describe('inlineSources reads attribute values as text', () => {
  it('does not take a <script> inside an attribute value (a setting in a meta tag) for an element', () => {
    const found = inlineSources(
      page('<p data-strings="{&quot;a&quot;:&quot;<script>alert(1)</script>&quot;}">x</p>', '<meta name="ContentSource" content="<script>alert(1)</script>">'),
    );
    expect(found.unknownScripts).toEqual([]);
    expect(found.eventHandlers).toEqual([]);
  });

  it('does not take an on…= inside an attribute value for a handler', () => {
    expect(inlineSources(page('<meta name="x" content="&quot; onmouseover=&quot;alert(1)">')).eventHandlers).toEqual([]);
  });

  it('still finds a script element after such an attribute', () => {
    expect(inlineSources(page('<meta content="<script>a</script>"><script>b()</script>')).unknownScripts).toEqual(['<script>b()']);
  });

  it('does not read a <script> in a comment as one', () => {
    expect(inlineSources(page('<!-- <script>x</script> -->')).unknownScripts).toEqual([]);
  });

  it('lists external scripts only from script elements', () => {
    expect(scriptSources(page('<meta content="<script src=/evil.js></script>"><script type="module" src="/a.js"></script>'))).toEqual(['/a.js']);
  });
});

describe('cspProblems', () => {
  const injected = { unknownScripts: ['<script>alert(1)'], eventHandlers: [] };
  const pages = Array.from({ length: 60 }, (_, i) => ({ name: i ? `chapters/${i}/index.html` : 'index.html', found: injected }));

  it('says a piece of code once for all the pages that carry it', () => {
    expect(cspProblems(pages)).toEqual(['index.html and 59 other pages: inline script not in the allowlist: <script>alert(1)']);
  });

  it('names the settings field whose value the code came from', () => {
    const values = [
      { where: `${SETTINGS}, field "site.sponsor"`, value: '示例主办单位' },
      { where: `${SETTINGS}, field "document.issuer"`, value: '示例<script>alert(1)</script>' },
    ];
    expect(cspProblems(pages, values)).toEqual([
      `${SETTINGS}, field "document.issuer": its value reaches index.html and 59 other pages as inline code (inline script not in the allowlist: <script>alert(1)); write it as plain text, which every page escapes`,
    ]);
  });

  it('names the field of an event handler a value brought in', () => {
    const found = { unknownScripts: [], eventHandlers: ['onmouseover="alert(1)"'] };
    const values = [{ where: `${SETTINGS}, field "site.columnName"`, value: '规划" onmouseover="alert(1)' }];
    expect(cspProblems([{ name: 'errata/index.html', found }], values)).toEqual([
      `${SETTINGS}, field "site.columnName": its value reaches errata/index.html as inline code (inline event handler onmouseover="alert(1)" (use a script module instead)); write it as plain text, which every page escapes`,
    ]);
  });

  it('names the page alone when no setting holds the code', () => {
    expect(
      cspProblems(
        [{ name: 'errata/index.html', found: { unknownScripts: ['<script>window.injected = 1;'], eventHandlers: [] } }],
        [{ where: 'x', value: '示例' }],
      ),
    ).toEqual(['errata/index.html: inline script not in the allowlist: <script>window.injected = 1;']);
  });
});
