/**
 * Where the bench scripts put what they measured. Each prints its report; with `--write`
 * (`npm run bench:weight -- --write`) it also replaces its own section of docs/figures.md, between
 * `<!-- bench:<name> -->` and `<!-- /bench:<name> -->`, with the report under a line saying when and on
 * what machine it was measured. Figures are written by the script that measured them, never copied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { ROOT } from '../support/paths.ts';

const FIGURES = `${ROOT}docs/figures.md`;

/** `doc` with the section of bench `name` holding `body`; throws when the markers are missing. */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/figures.md has no section for bench:${name}: add the lines ${start} and ${end}`);
  // Blank lines around the body, as Prettier writes Markdown: a written section passes `npm run lint`.
  return `${doc.slice(0, from + start.length)}\n\n${body.trim()}\n\n${doc.slice(to)}`;
}

/** The line a written section starts with: the date, the machine and its load (which times depend on). */
function measuredLine(date = new Date()): string {
  const cpu = cpus();
  return `_Measured ${date.toISOString().slice(0, 10)} on ${cpu.length} CPU(s) (${cpu[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end._`;
}

/**
 * Collects a bench's report: `log` prints a line and keeps it; `done` writes the section when asked to.
 * `code`: the report is plain lines rather than Markdown, so it is written as a text block.
 */
export function report(name: string, { code = false } = {}) {
  const lines: string[] = [];
  return {
    log(...parts: unknown[]) {
      const line = parts.map(String).join(' ');
      console.log(line);
      lines.push(line);
    },
    done() {
      if (!process.argv.includes('--write')) return;
      const doc = readFileSync(FIGURES, 'utf8');
      const body = code ? ['```text', ...lines, '```'].join('\n') : lines.join('\n');
      writeFileSync(FIGURES, replaceSection(doc, name, `${measuredLine()}\n\n${body}`));
      console.log(`\nwritten into docs/figures.md (bench:${name})`);
    },
  };
}
