/**
 * The frontmatter of a plan file (content/plan/*.mdx), shared by the content collection
 * (src/content.config.ts) and the plan model, so both refuse the same mistakes. Strict: a misspelt
 * key (`shorttitle:`) is an error, not a silently ignored field.
 */
import { z } from 'astro/zod';

export const ChapterSchema = z.strictObject({
  /** Chapter number as printed (第三章 -> 3); 0 for the preamble. Decides order and the page URL. */
  chapter: z.number({ error: 'chapter must be a whole number from 0 to 10' }).int().min(0).max(10),
  /** The chapter title as printed, without "第三章"; for the preamble, the plan's full title. */
  title: z.string().min(1, 'title must not be empty'),
  /** A short label for tight places (phone navigation, breadcrumbs); defaults to the title. */
  shortTitle: z.string().min(1).optional(),
  /** The page's meta description: the chapter's first sentence. */
  description: z.string().min(1, 'description must not be empty'),
});
export type ChapterData = z.infer<typeof ChapterSchema>;
