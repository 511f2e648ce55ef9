import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './lib/plan/chapter-schema.ts';

/** One entry per chapter of the plan; chapter 0 is the title and preamble. */
export const collections = {
  plan: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/plan' }),
    schema: ChapterSchema,
  }),
};
