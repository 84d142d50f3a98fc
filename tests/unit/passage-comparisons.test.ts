import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { comparisonInserter, comparisonMarker, MAX_COMPARED } from '../../src/lib/passage-comparisons.ts';
import { buildThemeIndex, type ThemeInput } from '../../src/lib/themes.ts';

function theme(id: string, passages: Record<string, string[]>): ThemeInput {
	const tagging = Object.fromEntries(Object.entries(passages).map(([slug, ids]) => [slug, ids.map((pid) => ({ id: pid }))]));
	return { id, title: `Title of ${id}`, order: 0, keywords: [], related: [], passages: tagging, positions: {}, absent: {}, body: '' };
}

/** An article's HTML as the Markdown renders it: a passage and its marker, per entry. */
const articleHtml = (...markers: string[][]) =>
	toHtml({ type: 'root', children: markers.flatMap((themeIds, i) => [h('p', { id: `a${i}` }, ['Text <b>&']), h('div.passage-themes', [comparisonMarker(themeIds)])]) });

function inserter(articles: Record<string, string[]>, themes: ThemeInput[]) {
	const index = buildThemeIndex(
		themes,
		Object.entries(articles).map(([slug, passageIds]) => ({ slug, passageIds, retired: {} })),
	);
	return comparisonInserter({ index, label: (ref) => ({ article: `Short ${ref.article}`, excerpt: `words of ${ref.id} "quoted"` }) });
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

describe('comparisonInserter', () => {
	const articles = { alpha: ['a0', 'a1'], beta: ['b1', 'b2'], gamma: ['c1'] };
	const europe = theme('europe', { alpha: ['a0'], beta: ['b1', 'b2'], gamma: ['c1'] });
	const taiwan = theme('taiwan', { alpha: ['a0', 'a1'] });

	it('puts the other analyses’ passages on the theme, one from each in turn, where the marker was', () => {
		const html = inserter(articles, [europe])(articleHtml(['europe']), 'alpha');
		expect(html).not.toContain('compare-with-other-analyses');
		expect(linksIn(html, 'div', 'li')).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		expect(elements(html, 'p', 'div').map(toString)).toEqual(['Title of europe in the other analyses']);
	});

	it('shows each as a quote to scan: the analysis, then the passage’s opening words', () => {
		const html = inserter(articles, [europe])(articleHtml(['europe']), 'alpha');
		expect(toHtml(elements(html, 'a', 'li')[0]!.children)).toBe('<span class="compare-article">Short beta</span> <q>words of b1 "quoted"</q>');
	});

	it('keeps the text around the markers as it was', () => {
		const html = inserter(articles, [europe])(articleHtml(['europe']), 'alpha');
		expect(html.startsWith('<p id="a0">Text &#x3C;b>&#x26;</p><div class="passage-themes"><div class="theme-compare">')).toBe(true);
	});

	it('leaves out themes no other analysis shares, and the whole block when none does', () => {
		const insert = inserter(articles, [europe, taiwan]);
		const both = insert(articleHtml(['taiwan', 'europe']), 'alpha');
		expect(linksIn(both, 'div')).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		expect(insert(articleHtml(['taiwan']), 'alpha')).toBe(articleHtml([]).replace(/<!--.*-->/, ''));
	});

	it('lists a passage once, under the first of the passage’s themes that has it', () => {
		const asia = theme('asia', { alpha: ['a0'], beta: ['b1'], gamma: ['c1'] });
		const html = inserter(articles, [europe, asia])(articleHtml(['europe', 'asia']), 'alpha');
		expect(linksIn(html, 'li')).toEqual(['/articles/beta/#b1', '/articles/gamma/#c1', '/articles/beta/#b2']);
		// A theme left with nothing new to show says nothing.
		expect(elements(html, 'p', 'div', 'div').map(toString)).toEqual(['Title of europe in the other analyses']);
	});

	it(`lists at most ${MAX_COMPARED} of them and links to the theme page for all the others`, () => {
		const many = Array.from({ length: MAX_COMPARED + 5 }, (_, i) => `b${i}`);
		const html = inserter({ alpha: ['a0'], beta: many }, [theme('europe', { alpha: ['a0'], beta: many })])(articleHtml(['europe']), 'alpha');
		expect(linksIn(html, 'li')).toHaveLength(MAX_COMPARED);
		expect(linksIn(html, 'div', 'p')).toEqual(['/themes/europe/']);
		// The theme page lists this analysis's passage too: the count says what the link leads to.
		expect(html).toContain(`All ${many.length + 1} passages on Title of europe, by analysis`);
	});

	it('gives every passage with the same themes the same block', () => {
		const html = inserter(articles, [europe])(articleHtml(['europe'], ['europe']), 'alpha');
		const blocks = html.match(/<div class="theme-compare">[\s\S]*?<\/ul><\/div>/g)!;
		expect(blocks).toHaveLength(2);
		expect(blocks[0]).toBe(blocks[1]);
	});
});
