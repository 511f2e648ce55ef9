/**
 * Reading the site's CSV files back, independently of the code that wrote them: an RFC 4180 reader
 * (quoted fields, doubled quotes, CRLF rows) and the conversion of each column by the type its field
 * declares, so a test can compare a CSV with the records of the data module.
 */
import type { Field } from '../../src/lib/open-data.ts';

function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

/** The records a CSV holds, keyed by the fields' machine names, values converted by each field's type. */
export function csvRecords<T>(text: string, fields: readonly Field<T>[]): { header: string[]; records: Record<string, unknown>[] } {
  if (text.charCodeAt(0) !== 0xfeff) throw new Error('the CSV does not start with a byte-order mark');
  const [header, ...rows] = readCsv(text.slice(1));
  const records = rows.map((cells) =>
    Object.fromEntries(
      fields.map((f, i) => {
        const cell = cells[i] ?? '';
        if (f.type === 'list') return [f.name, cell === '' ? [] : cell.split(' ')];
        if (cell === '') return [f.name, null];
        if (f.type === 'number') return [f.name, Number(cell)];
        if (f.type === 'boolean') return [f.name, cell === '是' ? true : cell === '否' ? false : `not a boolean: ${cell}`];
        return [f.name, cell];
      }),
    ),
  );
  return { header: header!, records };
}

/** A record as the CSV can hold it: absent fields and empty texts are empty cells, read back as null. */
export const asCsvRecord = <T>(record: T, fields: readonly Field<T>[]): Record<string, unknown> =>
  Object.fromEntries(fields.map((f) => [f.name, record[f.name] === undefined || record[f.name] === '' ? (f.type === 'list' ? [] : null) : record[f.name]]));
