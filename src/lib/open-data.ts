/**
 * Open data: flat records with documented fields, written as JSON (machine keys, for programs) and as
 * CSV (Chinese column headers, for Excel and WPS). Each field names both, so the two files map one to
 * one. The CSV starts with a byte-order mark so that Excel opens the UTF-8 file with the Chinese intact.
 */
export type FieldType = 'string' | 'number' | 'boolean' | 'list';

export interface Field<T> {
  /** Key in the JSON records (ASCII, stable). */
  name: keyof T & string;
  /** Column header in the CSV, in Chinese: what a reader of the spreadsheet sees. */
  header: string;
  /** How the CSV writes the value: numbers as digits, booleans 是/否, lists joined by spaces, null empty. */
  type: FieldType;
  /** What the field holds, in Chinese, shown on the page that links to the file. */
  description: string;
}

export const BOM = '\uFEFF';

/** CSV words for booleans. */
const CSV_BOOLEAN = { true: '是', false: '否' } as const;

/** A spreadsheet runs a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/u;

function cell(v: unknown, field: { name: string; type: FieldType }): string {
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (field.type === 'boolean') s = v ? CSV_BOOLEAN.true : CSV_BOOLEAN.false;
  else if (field.type === 'list') s = (v as unknown[]).join(' ');
  else s = String(v);
  if (field.type !== 'number' && FORMULA_START.test(s)) {
    throw new Error(`open data: field "${field.name}" value "${s}" would run as a formula in Excel/WPS; write it differently`);
  }
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** RFC 4180 CSV with a header row of the Chinese column headers, CRLF line ends and a leading BOM. */
export function toCsv<T>(fields: readonly Field<T>[], records: readonly T[]): string {
  const header = fields.map((f) => cell(f.header, { name: f.name, type: 'string' })).join(',');
  const lines = [header, ...records.map((r) => fields.map((f) => cell(r[f.name], f)).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The field list as the JSON files carry it: machine key -> CSV header, type and meaning. */
export const fieldDocs = <T>(fields: readonly Field<T>[]): Record<string, { csv: string; type: FieldType; description: string }> =>
  Object.fromEntries(fields.map((f) => [f.name, { csv: f.header, type: f.type, description: f.description }]));

/** Pretty JSON with the field list, so the file documents itself. `extra` goes between fields and records. */
export function toJson<T>(title: string, fields: readonly Field<T>[], records: readonly T[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ title, fields: fieldDocs(fields), ...extra, records }, null, 2) + '\n';
}
