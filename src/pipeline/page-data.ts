/**
 * What the Markdown pipeline hands to pages, typed once. Astro passes a render's
 * `file.data.astro.frontmatter` on to pages (as `remarkPluginFrontmatter`), and types it as
 * `Record<string, any>` in vfile's DataMap, so that is where it goes, written and read only here.
 */
import type { VFile } from 'vfile';

/** A passage as pages get it: its id, its text, and the section (heading) it stands in. */
export interface PassageRecord {
	id: string;
	text: string;
	section: { id: string; text: string } | null;
}

/** An article's passages, and its retired ids with the passage that took the place of each. */
interface ArticlePassageData {
	passages: PassageRecord[];
	retired: Record<string, string>;
}

export function recordPassages(file: VFile, data: ArticlePassageData): void {
	const astro = (file.data.astro ??= {});
	(astro.frontmatter ??= {}).article = data;
}

/** What a render recorded of an article, from what Astro gives the page; undefined when it recorded nothing. */
export const recordedPassages = (frontmatter: Record<string, unknown>): ArticlePassageData | undefined =>
	frontmatter.article as ArticlePassageData | undefined;
