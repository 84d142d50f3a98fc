/**
 * The Markdown pipeline, shared by the site's build (site-pipeline.ts) and `npm run
 * passages:update` so both see exactly the same passages: headings get slugs, passages get
 * registry ids, permalinks and, when the theme index is given, their theme links. Anything but
 * prose (raw HTML, unsafe links) is refused first.
 */
import path from 'node:path';
import type { RehypePlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import type { PassageRegistry } from '../lib/passage-registry.ts';
import type { ThemeIndex } from '../lib/themes.ts';
import rehypePassageIds, { type RehypePassageIdsOptions } from './rehype-passage-ids.ts';
import rehypePassagePermalinks from './rehype-passage-permalinks.ts';
import rehypePassageThemes from './rehype-passage-themes.ts';
import rehypeProseOnly from './rehype-prose-only.ts';

/** The content folder; CONTENT_DIR points a build at another one (bad-input fixtures, scale benchmarks). */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? path.join(import.meta.dirname, '../../content'));
export const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');
export const THEMES_DIR = path.join(CONTENT_DIR, 'themes');
export const REGISTRY_PATH = path.join(CONTENT_DIR, 'passages.lock.json');

export interface PipelineOptions extends Omit<RehypePassageIdsOptions, 'registry' | 'articlesDir'> {
	articlesDir?: string;
	themeIndex?: ThemeIndex;
}

export function markdownPipeline(registry: PassageRegistry, { themeIndex, ...options }: PipelineOptions = {}): UnifiedProcessorOptions {
	const articlesDir = options.articlesDir ?? ARTICLES_DIR;
	const themeLinks: RehypePlugins = themeIndex ? [[rehypePassageThemes, { articlesDir, themeIndex }]] : [];
	return {
		// The authors' words are rendered as written: no "smart" punctuation, no autolinking.
		gfm: false,
		smartypants: false,
		rehypePlugins: [
			rehypeProseOnly,
			rehypeSlug,
			[rehypePassageIds, { ...options, articlesDir, registry }],
			rehypePassagePermalinks,
			...themeLinks,
		],
	};
}
