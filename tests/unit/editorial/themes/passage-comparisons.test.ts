import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { combinedComparisons, MAX_COMPARED } from '../../../../src/editorial/themes/combined-comparisons.ts';
import { comparisonLists } from '../../../../src/editorial/themes/passage-comparisons.ts';
import { buildThemeIndex, type ThemeInput } from '../../../../src/editorial/themes/themes.ts';
import { quoteSentences } from '../../../../src/text/sentences.ts';

function theme(id: string, passages: Record<string, string[]>): ThemeInput {
	const tagging = Object.fromEntries(Object.entries(passages).map(([slug, ids]) => [slug, ids.map((pid) => ({ id: pid }))]));
	return { id, title: `Title of ${id}`, order: 0, keywords: [], related: [], passages: tagging, positions: {}, absent: {}, body: '' };
}

/** The comparison lists for the collection, as a passage's disclosure shows them for its themes ('' for none). */
function lists(articles: Record<string, string[]>, themes: ThemeInput[]) {
	const index = buildThemeIndex(
		themes,
		Object.entries(articles).map(([slug, passageIds]) => ({ slug, passageIds, retired: {} })),
	);
	const file = comparisonLists({
		index,
		label: (ref, themeId) => ({ article: `Short ${ref.article}`, quote: quoteSentences(`Opening words. Words of ${ref.id} on ${themeId} "quoted".`, { keywords: [themeId] }) }),
	});
	return (themeIds: string[], article: string) => combinedComparisons(file, themeIds, article);
}

/** The elements named `tag` in `html` that sit inside all the `within` tags, in order. */
function elements(html: string, tag: string, ...within: string[]): Element[] {
	const found: Element[] = [];
	visitParents(fromHtml(html, { fragment: true }), 'element', (node, ancestors) => {
		const tags = ancestors.map((a) => (a.type === 'element' ? a.tagName : ''));
		if (node.tagName === tag && within.every((t) => tags.includes(t))) found.push(node);
	});
	return found;
}
const linksIn = (html: string, ...within: string[]) => elements(html, 'a', ...within).map((a) => a.properties.href);

describe('comparisonLists', () => {
	const articles = { alpha: ['a0', 'a1'], beta: ['b1', 'b2'], gamma: ['c1'] };
	const europe = theme('europe', { alpha: ['a0'], beta: ['b1', 'b2'], gamma: ['c1'] });
	const taiwan = theme('taiwan', { alpha: ['a0', 'a1'] });

	it('lists the other analyses’ passages on the theme, one from each in turn', () => {
		const html = lists(articles, [europe])(['europe'], 'alpha');
		expect(linksIn(html, 'div', 'li')).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		expect(elements(html, 'p', 'div').map(toString)).toEqual(['Title of europe in the other analyses']);
	});

	it('shows each as a quote to scan: the analysis, then the passage’s sentence naming the theme, its keywords marked', () => {
		const html = lists(articles, [europe])(['europe'], 'alpha');
		expect(toHtml(elements(html, 'a', 'li')[0]!.children)).toBe('<span class="compare-article">Short beta</span> <q>Words of b1 on <mark class="held">europe</mark> "quoted".</q>');
	});

	it('leaves out themes no other analysis shares, and the whole block when none does', () => {
		const compare = lists(articles, [europe, taiwan]);
		const both = compare(['taiwan', 'europe'], 'alpha');
		expect(linksIn(both, 'div')).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		expect(compare(['taiwan'], 'alpha')).toBe('');
	});

	it('lists a passage once, under the first of the passage’s themes that has it', () => {
		const asia = theme('asia', { alpha: ['a0'], beta: ['b1'], gamma: ['c1'] });
		const html = lists(articles, [europe, asia])(['europe', 'asia'], 'alpha');
		expect(linksIn(html, 'li')).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		// A theme left with nothing new to show says nothing.
		expect(elements(html, 'p', 'div', 'div').map(toString)).toEqual(['Title of europe in the other analyses']);
	});

	it(`lists at most ${MAX_COMPARED} of them and links to the theme page for all the others`, () => {
		const many = Array.from({ length: MAX_COMPARED + 5 }, (_, i) => `b${i}`);
		const html = lists({ alpha: ['a0'], beta: many }, [theme('europe', { alpha: ['a0'], beta: many })])(['europe'], 'alpha');
		expect(linksIn(html, 'li')).toHaveLength(MAX_COMPARED);
		expect(linksIn(html, 'div', 'p')).toEqual(['/themes/europe/']);
		// The theme page lists this analysis's passage too: the count says what the link leads to.
		expect(html).toContain(`All ${many.length + 1} passages on Title of europe, by analysis`);
	});

	it('links to the theme page for the rest only the analyses offered fewer than the others have', () => {
		const many = Array.from({ length: MAX_COMPARED }, (_, i) => `b${i}`);
		const compare = lists({ alpha: ['a0'], beta: many, gamma: ['c1'] }, [theme('europe', { alpha: ['a0'], beta: many, gamma: ['c1'] })]);
		// alpha and gamma are offered 6 of the other 7; beta is offered both of the other 2.
		for (const article of ['alpha', 'gamma']) expect(linksIn(compare(['europe'], article), 'div', 'p'), article).toEqual(['/themes/europe/']);
		expect(linksIn(compare(['europe'], 'beta'), 'li')).toEqual(['/articles/alpha/#a0', '/articles/gamma/#c1']);
		expect(linksIn(compare(['europe'], 'beta'), 'div', 'p')).toEqual([]);
	});

	it('writes each theme’s list once, for every analysis, labelling each passage in it once', () => {
		const asia = theme('asia', { alpha: ['a0'], beta: ['b1'], gamma: ['c1'] });
		const index = buildThemeIndex([europe, asia], Object.entries(articles).map(([slug, passageIds]) => ({ slug, passageIds, retired: {} })));
		const labelled: string[] = [];
		const file = comparisonLists({ index, label: (ref) => (labelled.push(ref.id), { article: ref.article, quote: quoteSentences(ref.id, { keywords: [] }) }) });
		expect(Object.keys(file).sort()).toEqual(['asia', 'europe']);
		expect(file.europe!.items.map((i) => i.href)).toEqual(['/articles/alpha/#a0', '/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		// Each address written once: the item's HTML is what its link shows.
		expect(file.europe!.items.every((i) => !i.html.includes('href'))).toBe(true);
		// One disclosure after another: each gets the whole list, not what the one before left of it.
		for (const call of [1, 2, 3]) {
			expect(linksIn(combinedComparisons(file, ['europe'], 'alpha'), 'li'), `call ${call}`).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		}
		expect(linksIn(combinedComparisons(file, ['europe'], 'gamma'), 'li')).toEqual(['/articles/alpha/#a0', '/articles/beta/#b1', '/articles/beta/#b2']);
		expect(labelled.sort()).toEqual(['a0', 'a0', 'b1', 'b1', 'b2', 'c1', 'c1']);
	});

	it('writes an address into its link as an attribute, whatever characters it holds', () => {
		const file = { europe: { heading: '<h3>Europe</h3>', items: [{ article: 'beta', href: '/articles/beta/?a=1&b="2"#b1', html: 'words' }], complete: [] } };
		expect(linksIn(combinedComparisons(file, ['europe'], 'alpha'), 'li')).toEqual(['/articles/beta/?a=1&b="2"#b1']);
	});
});
