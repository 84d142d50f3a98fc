/** The collections: articles and themes, validated by the schemas in src/schemas.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLES_DIR, THEMES_DIR } from './plugins/index.ts';
import { articleSchema, themeSchema } from './schemas.ts';

export const collections = {
	articles: defineCollection({ loader: glob({ pattern: '*.md', base: ARTICLES_DIR }), schema: articleSchema }),
	themes: defineCollection({ loader: glob({ pattern: '*.md', base: THEMES_DIR }), schema: themeSchema }),
};
