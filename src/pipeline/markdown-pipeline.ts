/**
 * The Markdown pipeline, shared by the site's build (site-pipeline.ts) and `npm run
 * passages:update` so both see exactly the same passages: headings get slugs, passages get
 * registry ids and permalinks, our own text's abbreviations small capitals. Anything but prose
 * (raw HTML, unsafe links) is refused first. The editorial layer (themes, register mentions) is
 * not rendered here but by the page, from the one annotation index (editorial/annotations.ts).
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import type { PassageRegistry } from '../passages/registry.ts';
import rehypePassageIds, { type RehypePassageIdsOptions } from './rehype-passage-ids.ts';
import rehypePassagePermalinks from './rehype-passage-permalinks.ts';
import rehypeProseOnly from './rehype-prose-only.ts';
import rehypeSmallCaps from '../typeface/rehype-small-caps.ts';
import { ARTICLES_DIR } from '../config/content-paths.ts';

interface PipelineOptions extends Omit<RehypePassageIdsOptions, 'registry' | 'articlesDir'> {
	articlesDir?: string;
}

export function markdownPipeline(registry: PassageRegistry, options: PipelineOptions = {}): UnifiedProcessorOptions {
	const articlesDir = options.articlesDir ?? ARTICLES_DIR;
	return {
		// The authors' words are rendered as written: no "smart" punctuation, no autolinking.
		gfm: false,
		smartypants: false,
		rehypePlugins: [
			rehypeProseOnly,
			rehypeSlug,
			[rehypePassageIds, { ...options, articlesDir, registry }],
			rehypePassagePermalinks,
			[rehypeSmallCaps, { articlesDir }],
		],
	};
}
