/**
 * Citations of the plan in the form of GB/T 7714-2015 for an online document ([EB/OL]):
 *   四川省人力资源和社会保障厅. 四川省…“十四五”规划[EB/OL]. 2021: 第三章第二节第1段[2026-12-01]. https://…#s3-2-p1.
 * (主要责任者. 题名[EB/OL]. 出版年: 引文位置[引用日期]. 访问路径.) The issuer and year only when the
 * publisher's settings give them (content/settings/publisher.json): nothing about the document is
 * guessed. Apart from citeLocation (src/lib/citation.ts), so the paragraph menu's lazy module can
 * import it without the anchor grammar the page's module already has.
 */

export interface Citation {
  /** The plan's full name (ui.ts site.fullName). */
  title: string;
  /** 主要责任者: document.issuer of the publisher's settings, when set. */
  issuer?: string;
  /** 出版年, from document.publishedDate (or signedDate), when set. */
  year?: string;
  /** 第三章第二节第1段 (citeLocation). */
  location: string;
  /** The clean address of the passage. */
  url: string;
  /** 引用日期, YYYY-MM-DD. */
  cited: string;
}

/** The text put on the clipboard by 复制引用. */
export function citationText(c: Citation): string {
  return `${c.issuer ? `${c.issuer}. ` : ''}${c.title}[EB/OL]. ${c.year ? `${c.year}: ` : ''}${c.location}[${c.cited}]. ${c.url}.`;
}

/** A date as YYYY-MM-DD in the reader's own time zone (the day they read it). */
export const isoDate = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
