/**
 * Citations in the form officials quote the plan:
 * 《四川省人力资源和社会保障事业发展“十四五”规划》第三章第二节第1段 + the link.
 */
import { describeAnchor } from './anchors.ts';
import { chapterLabel } from './outline.ts';

/**
 * Where an anchor sits, in words: s3-2 -> 第三章第二节; c3 -> 第三章; column-7-2-p1 on a page of
 * chapter 5 -> 第五章专栏7第02项. `chapter` is the chapter the element stands in, when known.
 */
export function citeLocation(anchor: string, chapter?: number): string {
  let m: RegExpMatchArray | null;
  if ((m = anchor.match(/^c(\d+)$/))) return chapterLabel(Number(m[1]));
  const inChapter = chapter && chapter > 0 ? chapterLabel(chapter) : '';
  if ((m = anchor.match(/^column-(\d+)$/))) return `${inChapter}专栏${m[1]}`;
  if ((m = anchor.match(/^column-(\d+)-(\d+)$/))) return `${inChapter}专栏${m[1]}第${m[2]!.padStart(2, '0')}项`;
  if ((m = anchor.match(/^column-(\d+)-(\d+)-p(\d+)$/)))
    return `${inChapter}专栏${m[1]}第${m[2]!.padStart(2, '0')}项第${m[3]}段`;
  if (anchor.startsWith('column-')) return inChapter + describeAnchor(anchor);
  return describeAnchor(anchor);
}

/** The text put on the clipboard by 复制引用; `title` is the plan's full name (ui.ts site.fullName). */
export function citationText(title: string, anchor: string, url: string, chapter?: number): string {
  return `《${title}》${citeLocation(anchor, chapter)}，${url}`;
}
