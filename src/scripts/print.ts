/**
 * Before printing (the 打印 button or the browser's own print): write the page's real address into
 * the print footer line and into every page's bottom margin.
 */
let sheet: CSSStyleSheet | undefined;

export function preparePrint(): void {
  const url = location.href.replace(/#.*$/, '');
  const line = document.querySelector('.print-url [data-url]');
  if (line) line.textContent = url;
  // The address in every page's bottom margin; constructed stylesheets are not blocked by a strict CSP.
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(`@page { @bottom-left { content: ${JSON.stringify(url)}; font-size: 8pt; color: #444; } }`);
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // older browsers: the footer line at the end of the document still carries the address
  }
}
