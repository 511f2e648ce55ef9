/**
 * CSS as the CSS tokenizer reads it (CSS Syntax Level 3, strings and escapes): for tests that a value
 * put into a CSS string stays that string.
 */

/** The text with each string blanked ("") and the strings decoded; a string broken by a raw line break ends the skeleton in "<bad string>". */
export function readCss(css: string): { skeleton: string; strings: string[] } {
  let skeleton = '';
  const strings: string[] = [];
  for (let i = 0; i < css.length; i++) {
    const quote = css[i]!;
    if (quote !== '"' && quote !== "'") {
      skeleton += quote;
      continue;
    }
    let value = '';
    for (i += 1; i < css.length && css[i] !== quote; i++) {
      const c = css[i]!;
      if (/[\n\r\f]/u.test(c)) return { skeleton: `${skeleton}<bad string>`, strings };
      if (c !== '\\') {
        value += c;
        continue;
      }
      const hex = /^[0-9a-f]{1,6}[ \t\n]?/iu.exec(css.slice(i + 1));
      if (hex) {
        value += String.fromCodePoint(parseInt(hex[0].trim(), 16));
        i += hex[0].length;
      } else if (/[\n\r\f]/u.test(css[i + 1] ?? '')) i += 1;
      else value += css[(i += 1)] ?? '';
    }
    skeleton += '""';
    strings.push(value);
  }
  return { skeleton, strings };
}
