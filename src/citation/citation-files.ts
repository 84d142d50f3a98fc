/** The citation files' routes (src/pages/…/citation.[ext].ts): one per analysis and format, and the edition's. */
import type { APIRoute } from 'astro';
import { type Article, loadArticles } from '../articles/articles.ts';
import { citableArticle, edition } from './citable-article.ts';
import { cslItem } from './csl-item.ts';
import { CITATION_FILES } from './exports.ts';

export const citationFilePaths = (slugs: readonly string[] = ['']) =>
	slugs.flatMap((slug) => CITATION_FILES.map(({ ext }) => ({ params: { ext, ...(slug && { slug }) } })));

let bySlug: Map<string, Article> | undefined;

/** The file for `params.slug`, or for every analysis in date order when there is none. */
export const citationFile: APIRoute = async ({ params, site }) => {
	const file = CITATION_FILES.find((f) => f.ext === params.ext)!;
	const articles = await loadArticles();
	// Looked up, not filtered for: each of 3,000 analyses has three files.
	bySlug ??= new Map(articles.map((a) => [a.slug, a]));
	const cited = params.slug ? [bySlug.get(params.slug)!] : articles;
	const items = cited.map((a) => cslItem(citableArticle(a, site!), edition(site!)));
	// Served with the Content-Type that public/_headers gives the file's ending.
	return new Response(file.write(items));
};
