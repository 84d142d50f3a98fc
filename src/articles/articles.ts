/**
 * The articles as pages need them: rendered once, with their passages, reading time and a check
 * that every passage the editorial summary cites exists.
 */
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { type CollectionEntry, getCollection } from 'astro:content';
import { unknownCitations } from '../editorial/cited-text.ts';
import { readingMinutes } from '../text/prose.ts';
import { type PassageRecord, recordedPassages } from '../pipeline/page-data.ts';
import { renderFilesInWorkers } from '../pipeline/markdown-workers.ts';
import { siteRegistry } from '../pipeline/site-pipeline.ts';
import { routes } from '../config/routes.ts';

export interface Article {
	entry: CollectionEntry<'articles'>;
	slug: string;
	url: string;
	passages: PassageRecord[];
	/** Retired passage ids → the passage now in the place of each. */
	retired: Record<string, string>;
	readingMinutes: number;
	/** The rendered Markdown, before the editorial layer is put in (ArticleBody.astro). */
	html: string;
	headings: MarkdownHeading[];
}

let cache: Promise<Article[]> | undefined;

export function loadArticles(): Promise<Article[]> {
	cache ??= (async () => {
		const entries = await getCollection('articles');
		// Rendered here, not as modules of the build: bundling 3,000 of them took most of its memory and time.
		const files = entries.map((entry) => fileURLToPath(new URL(entry.filePath!, import.meta.env.PROJECT_ROOT)));
		const rendered = renderFilesInWorkers(files, new URL(import.meta.env.MARKDOWN_WORKER), siteRegistry());
		const articles = await Promise.all(entries.map((entry, i) => toArticle(entry, rendered[i]!)));
		return articles.sort((a, b) => +a.entry.data.published.earliest - +b.entry.data.published.earliest);
	})();
	return cache;
}

async function toArticle(entry: CollectionEntry<'articles'>, rendering: Promise<MarkdownRenderResult>): Promise<Article> {
	const { code, metadata } = await rendering.catch((error: Error) => {
		throw new Error(`${entry.filePath} did not render: ${error.message}`);
	});
	const recorded = recordedPassages(metadata.frontmatter);
	if (!recorded) throw new Error(`${entry.filePath}: no passages were recorded`);
	const { passages, retired } = recorded;
	const unknown = unknownCitations(entry.data.summary, new Set(passages.map((p) => p.id)));
	const [gone, never] = [unknown.filter((id) => id in retired), unknown.filter((id) => !(id in retired))];
	const problems = [
		...gone.map((id) => `summary cites passage "${id}", which was retired (its place is now "${retired[id]}")`),
		...(never.length > 0 ? [`summary cites unknown passage id(s): ${never.join(', ')}`] : []),
	];
	if (problems.length > 0) throw new Error(`${entry.filePath}: ${problems.join('; ')}`);
	return {
		entry,
		slug: entry.id,
		url: routes.article(entry.id),
		passages,
		retired,
		readingMinutes: readingMinutes(passages.map((p) => p.text).join(' ')),
		html: code,
		headings: metadata.headings,
	};
}
