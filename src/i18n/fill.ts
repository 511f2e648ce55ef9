/** A UI string with its {name} placeholders filled in (no imports: browser modules use it alone). */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
