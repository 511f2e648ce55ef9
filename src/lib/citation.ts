/**
 * Citations in the form officials quote the plan:
 * 《四川省人力资源和社会保障事业发展“十四五”规划》第三章第二节第1段 + the link.
 */
import { describeAnchor } from './anchors.ts';

/**
 * Where an anchor sits, in words: s3-2 -> 第三章第二节; c3 -> 第三章; column-7-2-p1 in chapter 5 ->
 * 第五章专栏7第02项第1段. `chapter` is the chapter the element stands in, when known: a 专栏's anchor
 * does not name it. Throws for ids that are not anchors of the plan.
 */
export const citeLocation = (id: string, chapter?: number): string => describeAnchor(id, { chapter: chapter && chapter > 0 ? chapter : undefined });

/** The text put on the clipboard by 复制引用; `title` is the plan's full name (ui.ts site.fullName). */
export function citationText(title: string, anchor: string, url: string, chapter?: number): string {
  return `《${title}》${citeLocation(anchor, chapter)}，${url}`;
}
