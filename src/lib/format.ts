/** How the site writes dates and file sizes, everywhere it writes them (pages, downloads, build log). */

/** 2021-09-30 -> 2021年9月30日 */
export const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** 45123 -> 44.1 KB: 1024 bytes a KB, as file managers show it, one decimal; under 1 KB in 字节. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
