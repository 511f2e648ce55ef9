import { describe, expect, it } from 'vitest';
import { BOM, toCsv, toJson, type Field } from '../../../src/lib/open-data.ts';

interface Row {
  id: string;
  text: string | null;
  ok?: boolean;
  list?: string[];
  n?: number;
}
const fields: readonly Field<Row>[] = [
  { name: 'id', header: '标识', type: 'string', description: '标识说明' },
  { name: 'text', header: '文字', type: 'string', description: '文字说明' },
];

describe('toCsv', () => {
  it('starts with a BOM, heads the columns in Chinese and ends rows with CRLF', () => {
    expect(toCsv(fields, [{ id: 'a', text: '就业' }])).toBe(`${BOM}标识,文字\r\na,就业\r\n`);
  });

  it('quotes commas, quotes and line breaks, and leaves null empty', () => {
    expect(
      toCsv(fields, [
        { id: 'a', text: '一, “二” "三"' },
        { id: 'b', text: null },
      ]),
    ).toBe(`${BOM}标识,文字\r\na,"一, “二” ""三"""\r\nb,\r\n`);
  });

  it('writes booleans as 是/否 and joins lists with spaces', () => {
    const more: readonly Field<Row>[] = [
      { name: 'ok', header: '是否', type: 'boolean', description: '' },
      { name: 'list', header: '列表', type: 'list', description: '' },
    ];
    expect(
      toCsv(more, [
        { id: 'a', text: null, ok: true, list: ['s3-1', 'column-7'] },
        { id: 'b', text: null, ok: false, list: [] },
      ]),
    ).toBe(`${BOM}是否,列表\r\n是,s3-1 column-7\r\n否,\r\n`);
  });

  it('refuses a text a spreadsheet would run as a formula, naming the field; numbers may be negative', () => {
    expect(() => toCsv(fields, [{ id: 'a', text: '=HYPERLINK("x")' }])).toThrow(/field "text" value "=HYPERLINK\("x"\)" would run as a formula/);
    expect(() => toCsv(fields, [{ id: 'a', text: '-7个百分点' }])).toThrow(/formula/);
    expect(toCsv([{ name: 'n', header: '数', type: 'number', description: '' }], [{ id: 'a', text: null, n: -7 }])).toBe(`${BOM}数\r\n-7\r\n`);
  });
});

describe('toJson', () => {
  it('carries each field with its CSV header, type and meaning, then the records', () => {
    expect(JSON.parse(toJson('标题', fields, [{ id: 'a', text: 'b' }]))).toEqual({
      title: '标题',
      fields: { id: { csv: '标识', type: 'string', description: '标识说明' }, text: { csv: '文字', type: 'string', description: '文字说明' } },
      records: [{ id: 'a', text: 'b' }],
    });
  });
});
