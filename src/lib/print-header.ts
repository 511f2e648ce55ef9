/** The running header of printed pages: a CSS @page rule with the plan's title (and its issuer, when set). */

/** A CSS string literal. */
export const cssString = (text: string): string => `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\n/gu, ' ')}"`;

export function runningHeader(title: string, issuer?: string): string {
  const left = `@top-left { content: ${cssString(title)}; font-size: 8pt; color: #444; }`;
  const right = issuer ? ` @top-right { content: ${cssString(issuer)}; font-size: 8pt; color: #444; }` : '';
  return `@media print { @page { ${left}${right} } }\n`;
}
