/**
 * Before printing (the 打印 button or the browser's own print): write the page's real address into
 * the print footer line and the page margins, and give links an absolute address to print beside them.
 */
let sheet: CSSStyleSheet | undefined;

export function preparePrint(): void {
  const url = location.href.replace(/#.*$/, '');
  const line = document.querySelector('.print-url [data-url]');
  if (line) line.textContent = url;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) {
    a.dataset.printHref = a.href;
  }
  // The address in every page's bottom margin; constructed stylesheets are not blocked by a strict CSP.
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(`@page { @bottom-left { content: ${JSON.stringify(url)}; font-size: 8pt; color: #444; } }`);
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // older browsers: the footer line at the end of the document still carries the address
  }
}
