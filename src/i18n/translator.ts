/**
 * The one accessor of the UI strings: translator(table) gives t, where t(key) is the string and
 * t(key, { name: value }) the string with its {name} placeholders filled in. src/i18n/ui.ts makes the
 * build's t over every string; a browser module makes its own over the part it carries (the search
 * page over search-ui.ts; the reading tools' strings, which have no placeholders, get the same t(key)
 * in src/reader/strings.ts), so every call reads the same. No imports: browser modules use it alone.
 */
export type Values = Record<string, string | number>;

export const translator =
  <K extends string>(table: Readonly<Record<K, string>>) =>
  (key: K, values?: Values): string =>
    values ? table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')) : table[key];
