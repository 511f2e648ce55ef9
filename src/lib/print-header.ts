/**
 * The running header of printed pages: a CSS @page rule with the plan's title (and its issuer, when
 * set), written minified, as esbuild would. /print.css appends it after minifying the stylesheet, so
 * the escapes of cssString() stay as written (esbuild would print \3c as a raw <).
 */
import { cssString } from './escape.ts';

export function runningHeader(title: string, issuer?: string): string {
  const left = `@top-left{content:${cssString(title)};font-size:8pt;color:#444}`;
  const right = issuer ? `@top-right{content:${cssString(issuer)};font-size:8pt;color:#444}` : '';
  return `@media print{@page{${left}${right}}}\n`;
}
