/**
 * What the Markdown pipeline hands to pages, typed once. Astro passes a render's
 * `file.data.astro.frontmatter` on to pages (as `remarkPluginFrontmatter`), so that is where it
 * goes; `file.data.passages` (vfile's DataMap) holds the same list for callers of the pipeline.
 */
import type { VFile } from 'vfile';
import type { PassageRecord } from './rehype-passage-ids.ts';

/** An article's passages, and its retired ids with the passage that took the place of each. */
export interface ArticlePassageData {
	passages: PassageRecord[];
	retired: Record<string, string>;
}

declare module 'vfile' {
	interface DataMap {
		article: ArticlePassageData;
	}
}

export function recordPassages(file: VFile, data: ArticlePassageData): void {
	file.data.article = data;
	const astro = (file.data.astro ??= {});
	(astro.frontmatter ??= {}).article = data;
}

/** What a render recorded of an article, from what Astro gives the page; undefined when it recorded nothing. */
export const recordedPassages = (frontmatter: Record<string, unknown>): ArticlePassageData | undefined =>
	frontmatter.article as ArticlePassageData | undefined;
