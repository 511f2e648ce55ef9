/**
 * Open data: flat records with documented fields, written as JSON and as CSV. The CSV starts with a
 * byte-order mark so that Excel opens the UTF-8 file with the Chinese intact.
 */
export interface Field<T> {
  name: keyof T & string;
  /** What the field holds, in Chinese, shown on the page that links to the file. */
  description: string;
}

export const BOM = '\uFEFF';

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a header row of field names, CRLF line ends and a leading BOM. */
export function toCsv<T>(fields: readonly Field<T>[], records: readonly T[]): string {
  const lines = [fields.map((f) => f.name).join(','), ...records.map((r) => fields.map((f) => cell(r[f.name])).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Pretty JSON with the field list, so the file documents itself. */
export function toJson<T>(title: string, fields: readonly Field<T>[], records: readonly T[]): string {
  return JSON.stringify({ title, fields: Object.fromEntries(fields.map((f) => [f.name, f.description])), records }, null, 2) + '\n';
}
