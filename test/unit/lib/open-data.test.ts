import { describe, expect, it } from 'vitest';
import { BOM, toCsv, toJson } from '../../../src/lib/open-data.ts';

const fields = [
  { name: 'id', description: '标识' },
  { name: 'text', description: '文字' },
] as const;

describe('toCsv', () => {
  it('starts with a BOM, names the fields and ends rows with CRLF', () => {
    expect(toCsv(fields, [{ id: 'a', text: '就业' }])).toBe(`${BOM}id,text\r\na,就业\r\n`);
  });

  it('quotes commas, quotes and line breaks, and leaves null empty', () => {
    expect(toCsv(fields, [{ id: 'a', text: '一, “二” "三"' }, { id: 'b', text: null }])).toBe(`${BOM}id,text\r\na,"一, “二” ""三"""\r\nb,\r\n`);
  });

  it('joins lists with spaces', () => {
    expect(toCsv([{ name: 'list', description: '' }], [{ list: ['s3-1', 'column-7'] }])).toContain('s3-1 column-7');
  });
});

describe('toJson', () => {
  it('carries the field descriptions with the records', () => {
    expect(JSON.parse(toJson('标题', fields, [{ id: 'a', text: 'b' }]))).toEqual({ title: '标题', fields: { id: '标识', text: '文字' }, records: [{ id: 'a', text: 'b' }] });
  });
});
