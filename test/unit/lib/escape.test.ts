/**
 * Each output context's one escaper, on any input (the settings' checks run before them, but no
 * context relies on that): what comes out reads back as exactly the text that went in, and nothing
 * in it can end its string, element or rule.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString as mdText } from 'mdast-util-to-string';
import { cssString, docxText, htmlAttr, htmlText, jsonInHtml, markdownInline, markdownText, plainText } from '../../../src/lib/escape.ts';
import { runningHeader } from '../../../src/lib/print-header.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</style><script>alert(1)</script>',
  '示例机关\r} body{display:none} h1{color:red}',
  '示例*/ body{display:none} /*',
  '示例"; } body{display:none} @page{x:"',
  '\\22 } body{display:none}',
  '&amp; &lt; &#60;',
  '示例\u2028机关\u2029',
  '示例\u0000\u0007\u001b[31m\u007f\u0085机关',
];

/** A CSS string literal decoded as the CSS tokenizer reads it; null when it is not one whole string. */
function readCssString(css: string): string | null {
  if (css[0] !== '"') return null;
  let value = '';
  for (let i = 1; i < css.length; i++) {
    const c = css[i]!;
    if (c === '"') return i === css.length - 1 ? value : null;
    if (/[\n\r\f]/u.test(c)) return null;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const hex = /^[0-9a-f]{1,6}[ \t\n]?/iu.exec(css.slice(i + 1));
    if (hex) {
      value += String.fromCodePoint(parseInt(hex[0].trim(), 16));
      i += hex[0].length;
    } else value += css[(i += 1)] ?? '';
  }
  return null;
}

describe('htmlText and htmlAttr', () => {
  it.each(HOSTILE)('%j reads back as text and as an attribute value, adding no element or attribute', (s) => {
    const $ = load(`<p title="${htmlAttr(s)}">${htmlText(s)}</p>`, null, false);
    expect($('*').length).toBe(1);
    expect(Object.keys($('p')[0]!.attribs)).toEqual(['title']);
    // eslint-disable-next-line no-control-regex -- the control characters htmlText must drop
    const kept = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, '');
    // The HTML parser itself turns CR into LF and NUL into U+FFFD; what htmlText drops never gets there.
    expect($('p').text()).toBe(kept.replace(/\r/gu, '\n'));
    expect($('p').attr('title')).toBe(kept.replace(/\r/gu, '\n'));
  });
});

describe('cssString', () => {
  it.each(HOSTILE)('%j is one CSS string that reads back exactly', (s) => {
    const css = cssString(s);
    expect(readCssString(css)).toBe(s);
    expect(css).not.toMatch(/[<>&\r\n\f]/u);
  });

  it('keeps the print header one @page rule whatever the issuer holds (the issue\'s "示例机关\\r} body{display:none}")', () => {
    const header = runningHeader('规划', '示例机关\r} body{display:none} h1{color:red}');
    expect(header).toBe(
      '@media print{@page{@top-left{content:"规划";font-size:8pt;color:#444}@top-right{content:"示例机关\\d } body{display:none} h1{color:red}";font-size:8pt;color:#444}}}\n',
    );
  });
});

describe('jsonInHtml', () => {
  it.each(HOSTILE)('%j round-trips through JSON.parse with no < > & or line separator left raw', (s) => {
    const json = jsonInHtml({ v: s });
    expect(JSON.parse(json)).toEqual({ v: s });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
  });
});

describe('markdownText and markdownInline', () => {
  const markdown = unified().use(remarkParse).use(remarkGfm);
  it.each([
    ...HOSTILE,
    '# 标题',
    '- 列表',
    '1. 一',
    '> 引用',
    '**粗体** _斜体_ `代码`',
    '[链接](javascript:alert(1))',
    '![图](x.png)',
    'a | b',
    '~~删除~~',
    '\\',
  ])('%j is one paragraph of plain text that reads back', (s) => {
    const tree = markdown.parse(markdownText(s)) as { children: { type: string; children: { type: string }[] }[] };
    const shown = plainText(s);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
    expect(tree.children[0]!.children.every((c) => c.type === 'text' || c.type === 'break')).toBe(true);
    // Markdown turns a line break in a paragraph into a soft break (a space when shown); the text is the same.
    expect(mdText(tree as never).replace(/\n/gu, ' ')).toBe(shown.replace(/\n/gu, ' ').trim());
    expect(markdownInline(s)).not.toMatch(/(?<!\\)[<>[\]*_`|~]/u);
  });
});

describe('plainText and docxText', () => {
  it('drops control characters but tab and line feed, and makes line separators line feeds', () => {
    expect(plainText('a\u0000b\u0007c\u001bd\te\nf\u2028g\r')).toBe('abcd\te\nf\ng');
  });

  it('drops what XML 1.0 cannot carry, keeping tab, CR and LF', () => {
    expect(docxText('a\u0000b\u000bc\td\re\nf\ufffeg\ud800h')).toBe('abc\td\re\nfgh');
  });
});
