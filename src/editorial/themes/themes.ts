/**
 * The theme index: which passages treat which theme, and so which passages of the other analyses
 * a reader can compare. Built from the theme files' tagging (editorial data that references
 * permanent passage ids) and checked against the articles' passages.
 */
import { parseCitedText } from '../cited-text.ts';
import { wholeWordsPattern } from '../register/mentions.ts';
import { type ArticlePassages, type ArticleText, INTERNAL_LINK, passageLink, passageRefProblem } from '../../passages/refs.ts';

export type { ArticlePassages } from '../../passages/refs.ts';

export interface ThemeInput {
	id: string;
	title: string;
	order: number;
	/** Words that say a passage treats the theme: a tagged passage names one, or its tag has a `note` saying why it belongs. */
	keywords: string[];
	/** Whether every passage naming a keyword must be tagged (for keywords that cannot mean anything else). */
	tagEveryMention?: boolean | undefined;
	related: string[];
	passages: Record<string, Array<{ id: string; note?: string | undefined }>>;
	positions: Record<string, string>;
	absent: Record<string, string>;
	/** The explainer, Markdown. */
	body: string;
}

export interface PassageRef {
	article: string;
	id: string;
}

export interface ThemeIndex {
	/** Themes in display order. */
	themes: Array<{ id: string; title: string }>;
	/** Theme id → article slug → tagged passage ids, in document order. */
	byTheme: Record<string, Record<string, string[]>>;
	/** Article slug → passage id → theme ids, in theme order. */
	byPassage: Record<string, Record<string, string[]>>;
}

/** Where a tagged passage's entry sits on its theme page. */
export function themeEntryId(ref: PassageRef): string {
	return `${ref.article}--${ref.id}`;
}

export function buildThemeIndex(themes: readonly ThemeInput[], articles: readonly ArticlePassages[]): ThemeIndex {
	const ordered = [...themes].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	const byTheme: ThemeIndex['byTheme'] = {};
	const byPassage: ThemeIndex['byPassage'] = Object.fromEntries(articles.map((a) => [a.slug, {}]));
	for (const theme of ordered) {
		byTheme[theme.id] = {};
		for (const article of articles) {
			const tagged = new Set((theme.passages[article.slug] ?? []).map((p) => p.id));
			const ids = article.passageIds.filter((id) => tagged.has(id));
			byTheme[theme.id]![article.slug] = ids;
			for (const id of ids) (byPassage[article.slug]![id] ??= []).push(theme.id);
		}
	}
	return { themes: ordered.map(({ id, title }) => ({ id, title })), byTheme, byPassage };
}

interface Comparison {
	/**
	 * Passages on the theme taken in turn from each article (see `comparisons`), until every article
	 * finds `max` of the others' among them, or all there are.
	 */
	shown: PassageRef[];
	/** How many passages share the theme in all. */
	total: number;
	/** The articles on the theme to which `shown` offers every other article's passage on it. */
	complete: string[];
}

/**
 * A theme's passages as the other analyses' passages are offered beside each one on it: taken in
 * turn from each article, so that every analysis is represented before any has a second (each
 * article's passages stay in order). One list serves every article: an article's offer is the
 * list without its own passages, cut at `max` (combined-comparisons.ts), which is what taking in
 * turn from the others alone would give. So the list runs until each article on the theme finds
 * `max` of the others' passages in it, or all the others have.
 */
export function comparisons(index: ThemeIndex, max: number): (themeId: string) => Comparison {
	return (themeId) => {
		const lists = Object.entries(index.byTheme[themeId] ?? {}).filter(([, ids]) => ids.length > 0);
		const total = lists.reduce((sum, [, ids]) => sum + ids.length, 0);
		const shown: PassageRef[] = [];
		const own = new Map(lists.map(([slug]) => [slug, 0]));
		const others = (slug: string) => shown.length - own.get(slug)!;
		// An article, once it finds enough of the others' passages, keeps finding them: each passage
		// taken is one more of the others' for every article but its own.
		let waiting = lists.map(([slug, ids]) => ({ slug, needs: Math.min(max, total - ids.length) })).filter(({ needs }) => needs > 0);
		for (let round = 0; waiting.length > 0; round++) {
			for (const [slug, ids] of lists) {
				if (round >= ids.length) continue;
				shown.push({ article: slug, id: ids[round]! });
				own.set(slug, own.get(slug)! + 1);
				waiting = waiting.filter((article) => others(article.slug) < article.needs);
				if (waiting.length === 0) break;
			}
		}
		const complete = lists.filter(([, ids]) => total - ids.length <= max).map(([slug]) => slug);
		return { shown, total, complete };
	};
}

/** The themes an article touches, in theme order. */
export function themesOfArticle(index: ThemeIndex, article: string): string[] {
	return index.themes.map((t) => t.id).filter((id) => (index.byTheme[id]?.[article]?.length ?? 0) > 0);
}

/** The first of the keywords a text names, as whole words (as the register's mentions are found) in any case. */
function keywordIn(keywords: readonly string[]): (text: string) => string | undefined {
	if (keywords.length === 0) return () => undefined;
	const pattern = new RegExp(keywords.map(wholeWordsPattern).join('|'), 'iu');
	return (text) => pattern.exec(text)?.[0];
}

/**
 * Everything wrong with the themes, each message naming the theme file and the bad value:
 * unknown articles, passages and themes, retired or untagged citations, missing coverage, a tagged
 * passage that names no keyword and has no note, and (with `tagEveryMention`) an untagged passage
 * that names one.
 */
export function themeProblems(themes: readonly ThemeInput[], articles: readonly ArticleText[]): string[] {
	const problems: string[] = [];
	const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
	const textOf = new Map(articles.map((a) => [a.slug, new Map(a.passages.map((p) => [p.id, p.text]))]));
	const themeIds = new Set(themes.map((t) => t.id));
	for (const theme of themes) {
		const at = (message: string) => problems.push(`content/themes/${theme.id}.md: ${message}`);
		const tagged = (slug: string) => new Set((theme.passages[slug] ?? []).map((p) => p.id));
		const checkPassage = (slug: string, id: string, where: string) => {
			const problem = passageRefProblem(articleBySlug, slug, id);
			if (problem) at(`${where} ${problem}`);
		};

		const keyword = keywordIn(theme.keywords);
		if (Object.values(theme.passages).every((list) => list.length === 0)) at('the theme tags no passage');
		for (const [slug, list] of Object.entries(theme.passages)) {
			const seen = new Set<string>();
			for (const { id, note } of list) {
				checkPassage(slug, id, 'passages');
				if (seen.has(id)) at(`passages list "${id}" twice for "${slug}"`);
				seen.add(id);
				const text = textOf.get(slug)?.get(id);
				if (text !== undefined && !note && !keyword(text)) {
					at(`passage "${id}" of "${slug}" names none of the keywords (${theme.keywords.join(', ')}): give its tag a note saying why it belongs`);
				}
			}
		}
		if (theme.tagEveryMention) {
			for (const article of articles) {
				const tags = tagged(article.slug);
				for (const { id, text } of article.passages) {
					const named = tags.has(id) ? undefined : keyword(text);
					if (named) at(`passage "${id}" of "${article.slug}" names "${named}" but is not tagged with the theme`);
				}
			}
		}
		for (const related of theme.related) if (!themeIds.has(related)) at(`related names unknown theme "${related}"`);
		if (theme.related.includes(theme.id)) at('related names the theme itself');
		for (const twice of new Set(theme.related.filter((r, i) => theme.related.indexOf(r) !== i))) at(`related names "${twice}" twice`);
		for (const article of articles) {
			const addressed = (theme.passages[article.slug]?.length ?? 0) > 0;
			if (addressed && theme.absent[article.slug]) at(`"${article.slug}" is both tagged and marked absent`);
			if (!addressed && !theme.absent[article.slug]) at(`"${article.slug}" is neither tagged nor marked absent`);
			if (addressed && !theme.positions[article.slug]) at(`"${article.slug}" has no one-line position`);
		}
		for (const slug of [...Object.keys(theme.positions), ...Object.keys(theme.absent)]) {
			if (!articleBySlug.has(slug)) at(`positions/absent name unknown article "${slug}"`);
		}
		for (const [slug, position] of Object.entries(theme.positions)) {
			for (const segment of parseCitedText(position)) {
				if (!('passage' in segment)) continue;
				const problem = passageRefProblem(articleBySlug, slug, segment.passage);
				if (problem) at(`the position for "${slug}" ${problem}`);
				else if (!tagged(slug).has(segment.passage)) at(`the position for "${slug}" cites "${segment.passage}", which is not tagged with the theme`);
			}
		}
		for (const [, href] of theme.body.matchAll(INTERNAL_LINK)) {
			const passage = passageLink(href!);
			const themeLink = /^\/themes\/([a-z0-9-]+)\/(?:#[a-z0-9-]+)?$/.exec(href!);
			if (passage) {
				checkPassage(passage.article, passage.id, `the explainer link ${href}`);
				if (articleBySlug.get(passage.article)?.passageIds.includes(passage.id) && !tagged(passage.article).has(passage.id)) {
					at(`the explainer cites ${href}, which is not tagged with the theme`);
				}
			} else if (themeLink) {
				if (!themeIds.has(themeLink[1]!)) at(`the explainer links to unknown theme "${themeLink[1]}"`);
			} else {
				at(`the explainer links to ${href}, which is neither a passage nor a theme`);
			}
		}
	}
	return problems;
}
