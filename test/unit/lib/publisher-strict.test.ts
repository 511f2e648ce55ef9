/**
 * The bad settings of issue 22, one test each with its message: the file is read strictly (UTF-8,
 * no key twice), each text is visible, clean and within its length, dates are real and in order,
 * addresses are http(s) or a file inside public/, numbers have their issued form. Every message names
 * the file, the line and the field. (Many more payloads in every field: publisher-hostile.test.ts.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstNonUtf8, jsonPlaces, parsePublisher, PublisherError } from '../../../src/lib/publisher.ts';
import { ROOT } from '../../support/paths.ts';

const FILE = 'content/settings/publisher.json';
const PUBLIC = join(ROOT, 'public');

/** The problem lines parsePublisher prints for this file text (or bytes). */
function problems(raw: string | Uint8Array): string[] {
  try {
    parsePublisher(raw, { publicDir: PUBLIC });
  } catch (error) {
    if (error instanceof PublisherError)
      return error.message
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.trim());
    throw error;
  }
  return [];
}

/** A settings file with one document or site field set, one key a line (so lines are known). */
const withField = (group: 'document' | 'site', key: string, value: unknown) => `{\n  "${group}": {\n    "${key}": ${JSON.stringify(value)}\n  }\n}\n`;

describe('reading the file', () => {
  it('refuses a GBK file, naming the byte and line, and shows the line as GBK reads it', () => {
    // "示例机关" in GBK: the footer showed mojibake on every page.
    const gbk = [0xca, 0xbe, 0xc0, 0xfd, 0xbb, 0xfa, 0xb9, 0xd8];
    const bytes = new Uint8Array([...Buffer.from('{\n  "site": {\n    "sponsor": "'), ...gbk, ...Buffer.from('"\n  }\n}\n')]);
    expect(problems(bytes)).toEqual([
      `${FILE}:3: is not UTF-8: the byte at offset 32 (0xC0) is not part of a UTF-8 character; the line reads as GBK/GB 18030: "sponsor": "示例机关". Save the file as UTF-8 (in most editors: Save with Encoding, UTF-8)`,
    ]);
  });

  it('refuses a UTF-16 file', () => {
    expect(problems(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]))).toEqual([
      `${FILE}:1: is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8: save it as UTF-8`,
    ]);
  });

  it('accepts UTF-8 with a byte order mark', () => {
    expect(parsePublisher(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"site":{"sponsor":"示例"}}')])).site.sponsor).toBe('示例');
  });

  it('refuses a key given twice, naming the key and both lines', () => {
    expect(problems('{\n  "document": {\n    "issuer": "甲",\n    "issuer": "乙"\n  }\n}')).toEqual([
      `${FILE}:4, field "document.issuer": is given twice (lines 3 and 4); JSON keeps only the last: keep one`,
    ]);
  });

  it('names the line of a misspelt key and the key it meant', () => {
    expect(problems('{\n  "site": {\n    "sponser": "x"\n  }\n}')).toEqual([`${FILE}:3, field "site.sponser": unknown field (did you mean "sponsor"?)`]);
  });
});

describe('texts', () => {
  it('refuses a value of only a zero-width space, naming it (the footer showed "主办单位：" and nothing)', () => {
    expect(problems(withField('site', 'sponsor', '\u200b'))).toEqual([
      `${FILE}:3, field "site.sponsor": has no visible text, only U+200B ZERO WIDTH SPACE: write the value, or leave the key out`,
    ]);
  });

  it.each([
    ['U+0000', '\u0000', 'U+0000 NULL'],
    ['U+0007', '\u0007', 'U+0007 BELL'],
    ['U+001B', '\u001b', 'U+001B ESCAPE'],
    ['CR', '\r', 'U+000D CARRIAGE RETURN'],
    ['U+009F', '\u009f', 'U+009F (a control character)'],
  ])('refuses %s inside a text (it went raw into the HTML, Markdown and text)', (_, char, name) => {
    expect(problems(withField('document', 'issuer', `示例${char}机关`))).toEqual([
      `${FILE}:3, field "document.issuer": contains ${name} (first after “示例”), which readers cannot see and no page should carry: type the value again without it`,
    ]);
  });

  it('refuses a right-to-left override', () => {
    expect(problems(withField('site', 'organizer', '示例\u202e机关'))).toEqual([
      `${FILE}:3, field "site.organizer": contains U+202E RIGHT-TO-LEFT OVERRIDE (first after “示例”), which readers cannot see and no page should carry: type the value again without it`,
    ]);
  });

  it('refuses a 100,000-character 主办单位 (a chapter was 400 KB), saying the limit', () => {
    expect(problems(withField('site', 'sponsor', '长'.repeat(100_000)))).toEqual([
      `${FILE}:3, field "site.sponsor": is 100000 characters long; at most 100 are allowed`,
    ]);
  });

  it('trims a text and refuses one that is only spaces', () => {
    expect(parsePublisher(withField('site', 'sponsor', '  示例  ')).site.sponsor).toBe('示例');
    expect(problems(withField('site', 'sponsor', '\u3000 '))).toEqual([`${FILE}:3, field "site.sponsor": leave the key out instead of writing an empty text`]);
  });

  it('accepts a <script> in the issuer as text: it is escaped in every output (publisher-hostile.test.ts)', () => {
    expect(parsePublisher(withField('document', 'issuer', '<script>alert(1)</script>')).document.issuer).toBe('<script>alert(1)</script>');
  });

  it('refuses an address in a name field', () => {
    expect(problems(withField('document', 'issuer', '示例 https://x.gov.cn'))).toEqual([
      `${FILE}:3, field "document.issuer": holds an address (“https://x.gov.cn”): this field is a name or number; addresses go in document.sourcePage, document.pdf.url or site.govBadge.href`,
    ]);
  });
});

describe('dates', () => {
  it.each(['0000-01-01', '9999-12-31'])('refuses %s as outside the dates this plan can have', (date) => {
    expect(problems(withField('document', 'signedDate', date))).toEqual([
      `${FILE}:3, field "document.signedDate": ${date} is outside 2020-01-01 to 2035-12-31, the dates this setting can have: is it a typo?`,
    ]);
  });

  it('refuses a 发布日期 before the 成文日期', () => {
    expect(problems('{\n  "document": {\n    "signedDate": "2021-09-30",\n    "publishedDate": "2021-09-01"\n  }\n}')).toEqual([
      `${FILE}:4, field "document.publishedDate": 2021-09-01 is before the 成文日期 2021-09-30: a document is published on or after the date it was signed`,
    ]);
  });

  it('refuses a day that does not exist', () => {
    expect(problems(withField('document', 'publishedDate', '2021-02-29'))).toEqual([`${FILE}:3, field "document.publishedDate": this date does not exist`]);
  });
});

describe('addresses', () => {
  const pdf = (url: string) => `{\n  "document": {\n    "pdf": {\n      "url": ${JSON.stringify(url)}\n    }\n  }\n}`;

  it('refuses a path out of public/ (../../../../etc/passwd)', () => {
    expect(problems(pdf('../../../../etc/passwd'))).toEqual([
      `${FILE}:4, field "document.pdf.url": may not contain . or .. : name a file inside public/, e.g. files/plan.pdf`,
    ]);
  });

  it('refuses a folder', () => {
    expect(problems(pdf('icons'))).toEqual([`${FILE}:4, field "document.pdf.url": “public/icons” is a folder: name a file in it`]);
  });

  it('refuses a file that is not in public/', () => {
    expect(problems(pdf('files/plan.pdf'))).toEqual([
      `${FILE}:4, field "document.pdf.url": “public/files/plan.pdf” does not exist: copy the file there, or correct the path`,
    ]);
  });

  it('refuses a javascript: address', () => {
    expect(problems(withField('document', 'sourcePage', 'javascript:alert(1)'))).toEqual([
      `${FILE}:3, field "document.sourcePage": must be an http:// or https:// address`,
    ]);
    expect(problems(pdf('javascript:alert(1)'))).toEqual([
      `${FILE}:4, field "document.pdf.url": must be an http(s) address or a path inside public/; “javascript:” addresses are not allowed`,
    ]);
  });

  it('refuses characters an address carries percent-encoded', () => {
    expect(problems(withField('document', 'sourcePage', 'https://x.gov.cn/"><script>'))).toEqual([
      `${FILE}:3, field "document.sourcePage": contains U+0022 QUOTATION MARK (after “…://x.gov.cn/”): write the address as the browser's address bar shows it, with such characters percent-encoded`,
    ]);
  });

  it('refuses a domain that is not a host name ("...")', () => {
    expect(problems(withField('site', 'domain', '...'))).toEqual([
      `${FILE}:3, field "site.domain": “...” is not a host name (letters, digits and -, between dots)`,
    ]);
  });

  it('refuses a domain with a scheme', () => {
    expect(problems(withField('site', 'domain', 'https://rst.sc.gov.cn'))).toEqual([
      `${FILE}:3, field "site.domain": a domain such as rst.sc.gov.cn, without http:// or a path`,
    ]);
  });
});

describe('numbers', () => {
  it('refuses a phone with no digits (it made an empty tel: link)', () => {
    expect(problems('{\n  "site": {\n    "contact": {\n      "phone": "请拨打电话"\n    }\n  }\n}')).toEqual([
      `${FILE}:4, field "site.contact.phone": a telephone number is digits, with - ( ) + or spaces and an optional 转 extension, e.g. 028-86000000`,
    ]);
  });

  it('accepts a phone with an extension', () => {
    expect(parsePublisher('{"site":{"contact":{"phone":"028-86000000转1234"}}}').site.contact?.phone).toBe('028-86000000转1234');
  });

  it.each([
    ['siteCode', '51-00', "a 网站标识码 is 10 digits (e.g. 5100000000), or bm and 8 digits for a department's site"],
    ['icp', '蜀ICP备号', 'an ICP备案号 reads like 蜀ICP备00000000号 (or 蜀ICP备00000000号-1): the province, ICP备, the digits, 号'],
    ['police', '川公网安备 123号', 'a 公安机关备案号 reads like 川公网安备 51010000000000号: the province, 公网安备, 14 digits, 号'],
  ])('refuses a %s without its digits', (key, value, message) => {
    expect(problems(withField('site', key, value))).toEqual([`${FILE}:3, field "site.${key}": ${message}`]);
  });

  it('accepts a department site code (bm and 8 digits)', () => {
    expect(parsePublisher('{"site":{"siteCode":"bm07000001"}}').site.siteCode).toBe('bm07000001');
  });
});

describe('the reading helpers', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstNonUtf8(new Uint8Array(Buffer.from('示例')))).toBe(-1);
    expect(firstNonUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstNonUtf8(new Uint8Array([0xe7, 0xa4]))).toBe(0);
    expect(firstNonUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it('knows the line of every key and array element', () => {
    const { lines, duplicates } = jsonPlaces('{\n "a": {\n  "b": [\n   "x",\n   "y"\n  ]\n }\n}');
    expect(Object.fromEntries(lines)).toEqual({ a: 2, 'a.b': 3, 'a.b.0': 4, 'a.b.1': 5 });
    expect(duplicates).toEqual([]);
  });
});
