/** Whether an editorial reference to a passage (a tag, a citation, a role, a note) holds. */
import { wordsPattern } from '../editorial/register/mentions.ts';

export interface ArticlePassages {
	slug: string;
	/** Passage ids in document order. */
	passageIds: string[];
	/** Retired id → the id of its successor. */
	retired: Record<string, string>;
}

/** An article's passages with their text. */
export interface ArticleText extends ArticlePassages {
	passages: Array<{ id: string; text: string }>;
}

/** Words quoted from a passage: a role in the register, an event's mention, a note's anchor. */
export interface PassageWords {
	article: string;
	passage: string;
	words: string;
}

/** What is wrong with a quote from a passage (the passage is unknown or retired, or the words are not in it), or undefined when it holds. */
export function quoteProblem(articles: ReadonlyMap<string, ArticleText>, { article, passage, words }: PassageWords): string | undefined {
	const problem = passageRefProblem(articles, article, passage);
	if (problem) return problem;
	const text = articles.get(article)!.passages.find((p) => p.id === passage)!.text;
	return new RegExp(wordsPattern(words)).test(text) ? undefined : `is not in passage "${passage}" of "${article}"`;
}

/** What is wrong with a reference to passage `id` of article `slug`, or undefined when it holds. */
export function passageRefProblem(articles: ReadonlyMap<string, ArticlePassages>, slug: string, id: string): string | undefined {
	const article = articles.get(slug);
	if (!article) return `names unknown article "${slug}"`;
	if (article.passageIds.includes(id)) return undefined;
	const successor = article.retired[id];
	return successor
		? `names passage "${id}" of "${slug}", which was retired (its place is now "${successor}"); retag it`
		: `names passage "${id}", which does not exist in "${slug}"`;
}

/** `[words](/path)`, not an image's `![alt](/path)` (images are refused by rehype-prose-only). */
export const INTERNAL_LINK = /(?<!!)\[[^\]]*\]\((\/[^)\s]*)\)/g;

/** A link to a passage, `/articles/<slug>/#<id>`: its parts, or undefined. */
export function passageLink(href: string): { article: string; id: string } | undefined {
	const match = /^\/articles\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(href);
	return match ? { article: match[1]!, id: match[2]! } : undefined;
}

/** What is wrong with the site links of an editor's note (Markdown): each must be a passage that exists. */
export function noteLinkProblems(articles: ReadonlyMap<string, ArticlePassages>, markdown: string): string[] {
	return [...markdown.matchAll(INTERNAL_LINK)].flatMap(([, href]) => {
		const passage = passageLink(href!);
		if (!passage) return [`the editor's note links to ${href}, which is not a passage`];
		const problem = passageRefProblem(articles, passage.article, passage.id);
		return problem ? [`the editor's note link ${href} ${problem}`] : [];
	});
}
