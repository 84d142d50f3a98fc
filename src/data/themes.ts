/** The themes as pages need them, with the index that relates them to passages. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { comparisonInserter } from '../lib/passage-comparisons.ts';
import { excerpt } from '../lib/text.ts';
import { buildThemeIndex, type ThemeIndex } from '../lib/themes.ts';
import { loadArticles } from './articles.ts';

export interface Themes {
	entries: CollectionEntry<'themes'>[];
	index: ThemeIndex;
	/** Puts the comparison lists into an article's rendered HTML (see lib/passage-comparisons.ts). */
	insertComparisons: (html: string, article: string) => string;
}

let cache: Promise<Themes> | undefined;

export function loadThemes(): Promise<Themes> {
	cache ??= (async () => {
		const [collection, articles] = await Promise.all([getCollection('themes'), loadArticles()]);
		const index = buildThemeIndex(
			collection.map((t) => ({ id: t.id, ...t.data, body: t.body ?? '' })),
			articles.map((a) => ({ slug: a.slug, passageIds: a.passages.map((p) => p.id), retired: {} })),
		);
		const order = new Map(index.themes.map((t, i) => [t.id, i]));
		const entries = collection.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
		const bySlug = new Map(articles.map((a) => [a.slug, a]));
		const insertComparisons = comparisonInserter({
			index,
			label: (ref) => {
				const article = bySlug.get(ref.article)!;
				const passage = article.passages.find((p) => p.id === ref.id)!;
				return { article: article.entry.data.shortTitle, excerpt: excerpt(passage.text) };
			},
		});
		return { entries, index, insertComparisons };
	})();
	return cache;
}
