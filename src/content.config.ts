import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One entry per chapter of the plan; chapter 0 is the title and preamble. */
export const ChapterSchema = z.object({
  /** Chapter number as printed (第三章 -> 3); 0 for the preamble. Decides order and the page URL. */
  chapter: z.number({ error: 'chapter must be a whole number from 0 to 10' }).int().min(0).max(10),
  /** The chapter title as printed, without "第三章". */
  title: z.string().min(1, 'title must not be empty'),
  /** A short label for tight places (phone navigation, breadcrumbs); defaults to the title. */
  shortTitle: z.string().min(1).optional(),
  /** The page's meta description: the chapter's first sentence. */
  description: z.string().min(1, 'description must not be empty'),
});
export type ChapterData = z.infer<typeof ChapterSchema>;

export const collections = {
  plan: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/plan' }),
    schema: ChapterSchema,
  }),
};
