/** The collections: articles and themes, validated by the schemas in src/schemas.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLES_DIR, THEMES_DIR } from './plugins/index.ts';
import { articleSchema, themeSchema } from './schemas.ts';

export const collections = {
	// Both are rendered as modules of the build (deferRender), not into the content store: the store
	// reaches the pages as one JavaScript string, and V8 compiles long strings in worse than linear
	// time (2 minutes at 3,000 articles; see the scale section of `npm run bench`). Rendered into
	// it, a theme's frontmatter (its tagging) would also be stored twice.
	articles: defineCollection({ loader: glob({ pattern: '*.md', base: ARTICLES_DIR, retainBody: false, deferRender: true }), schema: articleSchema }),
	themes: defineCollection({ loader: glob({ pattern: '*.md', base: THEMES_DIR, deferRender: true }), schema: themeSchema }),
};
