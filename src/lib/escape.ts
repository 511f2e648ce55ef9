/**
 * Every value leaves the build through one of these, chosen by where it goes: the one home of
 * escaping (settings, plan text, UI strings alike). Astro's own `{value}` in a template is escaped by
 * Astro; these are for the text code writes itself: HTML and SVG strings, the print header's CSS,
 * JSON inside a page, Markdown, plain text and .docx.
 *
 * The settings (src/lib/publisher.ts) refuse control and invisible characters before any of this
 * runs; each function still makes its own output safe on any input, so no context relies on another
 * check having run. test/unit/lib/escape.test.ts and test/unit/lib/publisher-hostile.test.ts prove them.
 */

/** C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
/** What XML 1.0 cannot carry at all (Word refuses the file): controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * Text content of an HTML (or SVG/XML) element. The references used (&amp; &lt; &gt;) are also XML's
 * predefined ones, so the same function serves the SVG and the sitemap; characters XML cannot carry
 * are dropped.
 */
export const htmlText = (text: string): string => text.replace(NOT_XML, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** An attribute value in double quotes (the only kind the site writes) in HTML, SVG or XML: htmlText plus the double quote. */
export const htmlAttr = (text: string): string => htmlText(text).replace(/"/gu, '&quot;');

/**
 * A CSS string literal, quotes included: `"示例机关\r} body{…}"` stays one string, whatever it holds.
 * Backslash and quotes are escaped; control characters, line separators and < > & become hex escapes
 * (so no value can end the string, the rule or a <style> element it might one day sit in).
 */
export const cssString = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are among what a CSS string must escape
  `"${text.replace(/[\\"]/gu, '\\$&').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029<>&]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/**
 * JSON that may stand inside a page: in a <script type="application/json"> data block or an
 * attribute. < > & and the line separators are written as \u escapes, so no value can close the
 * element or start markup; JSON.parse reads the same data back.
 */
export const jsonInHtml = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

/** Characters that mean something anywhere in a line of Markdown text (or a GFM table cell). */
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&]/gu;

/** Text as Markdown inline content that shows exactly that text (a table cell, or the rest of a line). */
export const markdownInline = (text: string): string => plainText(text).replace(MARKDOWN_INLINE, '\\$&');

/** Text as a Markdown paragraph that shows exactly that text: inline syntax escaped, and what would open a block at the line's start. */
export const markdownText = (text: string): string =>
  markdownInline(text)
    .replace(/^(\s*)([#>+=-])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2');

/**
 * Plain text (the .txt download, messages): control characters other than tab and line feed are
 * dropped; the line separators U+2028/U+2029 become line feeds, which every editor shows.
 */
export const plainText = (text: string): string => text.replace(/[\u2028\u2029]/gu, '\n').replace(CONTROL, (c) => (c === '\t' || c === '\n' ? c : ''));

/**
 * Text for a .docx run (the docx package writes the XML and escapes & < > itself): what XML 1.0
 * cannot carry is dropped, since Word refuses a file with it.
 */
export const docxText = (text: string): string => text.replace(NOT_XML, '');
