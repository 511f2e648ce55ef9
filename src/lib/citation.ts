/** Where a passage of the plan stands, in words, as citations name it (src/lib/citation-text.ts writes the citation). */
import { describeAnchor } from './anchors.ts';

/**
 * Where an anchor sits, in words: s3-2 -> 第三章第二节; c3 -> 第三章; column-7-2-p1 in chapter 5 ->
 * 第五章专栏7第02项第1段. `chapter` is the chapter the element stands in, when known: a 专栏's anchor
 * does not name it. Throws for ids that are not anchors of the plan.
 */
export const citeLocation = (id: string, chapter?: number): string => describeAnchor(id, { chapter: chapter && chapter > 0 ? chapter : undefined });
