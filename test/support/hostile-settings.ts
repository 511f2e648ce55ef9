/**
 * Hostile publisher settings: payloads a careless or malicious publisher could write, the settings'
 * string fields (derived from the schema, so a new field is covered without touching a list), and a
 * way to put one payload into one field of the complete sample. Shared by the unit suite
 * (test/unit/lib/publisher-hostile.test.ts) and the one real build (test/build/settings.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { PublisherSchema, unwrapSchema } from '../../src/lib/publisher.ts';
import { ROOT } from './paths.ts';

export const COMPLETE_SAMPLE = readFileSync(join(ROOT, 'test/fixtures/publisher/complete.json'), 'utf8');

/** Each payload, named for test titles. */
export const PAYLOADS: readonly (readonly [name: string, value: string])[] = [
  ['a <script> element', '<script>alert(1)</script>'],
  ['an attribute break-out with a script', '"><script>alert(1)</script>'],
  ['a single-quoted attribute break-out', "' onmouseover='alert(1)' x='"],
  ['a double-quoted attribute break-out', '" onmouseover="alert(1)" x="'],
  ['an <img onerror>', '<img src=x onerror=alert(1)>'],
  ['a </style> break-out', '</style><script>alert(1)</script><style>'],
  ['a </script> break-out', '</script><script>alert(1)</script>'],
  ['a CSS string break-out with CR', '示例机关\r} body{display:none} h1{color:red}'],
  ['a CSS string break-out with a quote', '示例机关"; } body { display: none } @page { x: "'],
  ['a CSS comment opener', '示例*/ body{display:none} /*'],
  ['a CSS backslash at the end', '示例机关\\'],
  ['a CSS hex escape', '示例\\22 } body{display:none}'],
  ['an HTML comment opener', '<!-- 示例'],
  ['character references', '&lt;script&gt; &amp; &#60;'],
  ['a JSON break-out', '"}],"x":{"y":"'],
  ['U+2028 LINE SEPARATOR', '示例\u2028机关'],
  ['U+0000 NULL', '示例\u0000机关'],
  ['U+0007 BELL', '示例\u0007机关'],
  ['U+001B ESCAPE (a terminal colour code)', '示例\u001b[31m机关'],
  ['U+007F DELETE', '示例\u007f机关'],
  ['U+0085 NEXT LINE', '示例\u0085机关'],
  ['a tab', '示例\t机关'],
  ['a line feed', '示例\n机关'],
  ['only a zero-width space', '\u200b'],
  ['a zero-width space inside', '示例\u200b机关'],
  ['a byte order mark', '\ufeff示例机关'],
  ['a soft hyphen', '示例\u00ad机关'],
  ['a right-to-left override', '\u202e关机例示'],
  ['a right-to-left isolate', '示例\u2067机关\u2069'],
  ['a Hangul filler', '\u3164'],
  ['only spaces', '   '],
  ['only ideographic spaces', '\u3000\u3000'],
  ['an empty text', ''],
  ['100,000 characters', '长'.repeat(100_000)],
  ['1,000 characters', '长'.repeat(1_000)],
  ['a lone surrogate', '示例\ud800机关'],
  ['a private-use character', '示例\ue000机关'],
  ['U+FFFD REPLACEMENT CHARACTER (mojibake)', 'ç¤ºä¾\ufffd'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a mixed-case javascript: URL', 'JaVaScRiPt:alert(1)'],
  ['a javascript: URL after spaces', '  javascript:alert(1)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a vbscript: URL', 'vbscript:msgbox(1)'],
  ['a protocol-relative URL', '//evil.example/x.pdf'],
  ['an address with a quote', 'https://www.example.gov.cn/"><script>alert(1)</script>'],
  ['an address with a space', 'https://www.example.gov.cn/a b.pdf'],
  ['an address with credentials', 'https://user:secret@www.example.gov.cn/'],
  ['an address without a host', 'https:///x.pdf'],
  ['an address whose host is dots', 'https://.../x.pdf'],
  ['a path up and out', '../../../../etc/passwd'],
  ['a path up inside', 'files/../../secret.pdf'],
  ['an absolute path', '/etc/passwd'],
  ['a folder', 'icons'],
  ['a folder with a slash', 'icons/'],
  ['a Windows path', '..\\..\\secret.pdf'],
  ['an encoded path up', '%2e%2e/%2e%2e/etc/passwd'],
  ['a file that does not exist', 'files/missing.pdf'],
  ['Markdown markup', '# 标题 **粗体** [链接](javascript:alert(1)) ![图](https://evil.example/x.png)'],
  ['a Markdown list opener', '- 一项'],
  ['a Markdown table pipe', '示例 | 机关'],
  ['a template expression', '${7*7} {{7*7}} {7*7}'],
  ['a date of year 0', '0000-01-01'],
  ['a date of year 9999', '9999-12-31'],
  ['a date that does not exist', '2021-02-30'],
  ['a domain of dots', '...'],
  ['a domain with a scheme', 'https://rst.sc.gov.cn'],
  ['a phone with no digits', '请拨打电话'],
  ['full-width javascript:', 'ｊａｖａｓｃｒｉｐｔ：alert(1)'],
  ['an emoji', '示例机关👍'],
];

/** Every string field of the schema (array elements as .0), in schema order. */
export function stringFields(): string[] {
  const out: string[] = [];
  const walk = (schema: z.ZodType, path: string) => {
    const inner = unwrapSchema(schema);
    const type = inner._zod.def.type;
    if (type === 'object')
      for (const [key, value] of Object.entries((inner as z.ZodObject).shape as Record<string, z.ZodType>)) walk(value, path ? `${path}.${key}` : key);
    else if (type === 'array') walk((inner as z.ZodArray).element as z.ZodType, `${path}.0`);
    else if (type === 'string' && path !== '$schema') out.push(path);
  };
  walk(PublisherSchema, '');
  return out;
}

/** The complete sample's text with one field set to `value` (objects and arrays on the way are kept or made). */
export function sampleWith(path: string, value: string): string {
  const data = JSON.parse(COMPLETE_SAMPLE) as Record<string, unknown>;
  const steps = path.split('.');
  let node = data as Record<string, unknown>;
  for (const step of steps.slice(0, -1)) node = node[step] as Record<string, unknown>;
  node[steps.at(-1)!] = value;
  return `${JSON.stringify(data, null, 2)}\n`;
}
