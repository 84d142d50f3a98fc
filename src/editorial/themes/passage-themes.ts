/**
 * What follows a passage that treats a theme or answers a question of the synopsis: one
 * disclosure, so one tab stop, whose summary names its themes (quietly, in the margin where there
 * is room); open, it links to the passage's entry on each theme page, to the rows of the synopsis
 * it answers ("Answers: … · compare answers") and, fetched as it opens (theme-compare.ts), compares the
 * other analyses (passage-comparisons.ts). Plain HTML, so the links work without JavaScript. Kept
 * out of search by the margin it stands in (editorial/annotations.ts); every passage has one, so no
 * attribute is repeated that an ancestor can carry.
 */
import { h } from 'hastscript';
import { toMarkup } from '../markup.ts';
import { type ThemeChip, themeChips } from './theme-chips.ts';

/** A question of the synopsis the passage answers, and its row. */
interface AnswerLink {
	question: string;
	href: string;
}

const questionCount = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

/**
 * The block, as HTML; `compared` if other analyses share the themes: their lists are fetched from
 * the site's comparisons file (named once, on the article body), for the themes the chips link
 * to; `answers`, the synopsis's questions the passage answers.
 */
export function passageThemes(chips: readonly ThemeChip[], compared: boolean, answers: readonly AnswerLink[] = []): string {
	const named = [...chips.map((c) => c.title), ...(answers.length > 0 ? [questionCount(answers.length)] : [])];
	const lead = chips.length > 0 ? (answers.length > 0 ? 'Themes and questions of this paragraph: ' : 'Themes of this paragraph: ') : 'This paragraph answers ';
	const summary = h('summary', [h('span.visually-hidden', [lead]), named.join(' · ')]);
	const links = chips.length > 0 ? [themeChips(chips, 'bare')] : [];
	const answered = answers.map(({ question, href }) =>
		h('p', [h('span.label', ['Answers: ']), `“${question}” · `, h('a', { href }, ['compare answers'])]),
	);
	// The disclosure, its panel and its answers need no class: the margin holds no other (passage-apparatus.css).
	const panel = h('div', [...links, ...answered, ...(compared ? [h('theme-compare')] : [])]);
	return toMarkup(h('details', [summary, panel]));
}
