// Prettier for every file it can read here, with options chosen to match the code as it was written
// (single quotes, 160 columns, trailing commas). What it skips and why: .prettierignore.
// How to run and fix: docs/notes/lint.md.
/** @type {import('prettier').Config} */
export default {
  printWidth: 160,
  singleQuote: true,
  // Chinese prose has no spaces to wrap at: a Markdown paragraph stays on the lines its author gave it.
  proseWrap: 'preserve',
  plugins: ['prettier-plugin-astro'],
  // Named explicitly, as prettier-plugin-astro recommends, so editors and npm agree on the parser.
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
