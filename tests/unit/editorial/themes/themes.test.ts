import { describe, expect, it } from 'vitest';
import { buildThemeIndex, comparisons, themeEntryId, themeProblems, themesOfArticle, type ArticlePassages, type ThemeInput } from '../../../../src/editorial/themes/themes.ts';

const articles: ArticlePassages[] = [
	{ slug: 'alpha', passageIds: ['a1', 'a2', 'a3'], retired: { 'a-old': 'a2' } },
	{ slug: 'beta', passageIds: ['b1', 'b2'], retired: {} },
	{ slug: 'gamma', passageIds: ['c1'], retired: {} },
];

function theme(overrides: Partial<ThemeInput> = {}): ThemeInput {
	return {
		id: 'sanctions',
		title: 'Sanctions',
		order: 1,
		keywords: [],
		related: [],
		// Listed out of document order on purpose: the index sorts by the article.
		passages: { alpha: [{ id: 'a3' }, { id: 'a1' }], beta: [{ id: 'b2' }] },
		positions: { alpha: 'Relief [wanted](#a1).', beta: 'Feared [here](#b2).' },
		absent: { gamma: 'Gamma does not discuss sanctions.' },
		body: 'Alpha [argues](/articles/alpha/#a3) and beta [too](/articles/beta/#b2); see [Taiwan](/themes/taiwan/).',
		...overrides,
	};
}
const taiwan = theme({
	id: 'taiwan',
	title: 'Taiwan',
	order: 0,
	passages: { beta: [{ id: 'b1' }] },
	positions: { beta: 'Central [point](#b1).' },
	absent: { alpha: 'No.', gamma: 'No.' },
	body: '',
});

describe('buildThemeIndex', () => {
	const index = buildThemeIndex([theme(), taiwan], articles);

	it('orders themes, and each theme’s passages in document order', () => {
		expect(index.themes.map((t) => t.id)).toEqual(['taiwan', 'sanctions']);
		expect(index.byTheme.sanctions).toEqual({ alpha: ['a1', 'a3'], beta: ['b2'], gamma: [] });
	});

	it('lists each passage’s themes', () => {
		expect(index.byPassage.beta).toEqual({ b1: ['taiwan'], b2: ['sanctions'] });
		expect(index.byPassage.gamma).toEqual({});
	});

	it('relates a passage to the same theme’s passages in the other analyses only', () => {
		const compare = comparisons(index, 10);
		expect(compare('sanctions', 'alpha')).toEqual({ shown: [{ article: 'beta', id: 'b2' }], total: 1 });
		expect(compare('sanctions', 'beta')).toEqual({
			shown: [
				{ article: 'alpha', id: 'a1' },
				{ article: 'alpha', id: 'a3' },
			],
			total: 2,
		});
		expect(compare('taiwan', 'beta')).toEqual({ shown: [], total: 0 });
	});

	it('lists the themes an article touches', () => {
		expect(themesOfArticle(index, 'beta')).toEqual(['taiwan', 'sanctions']);
		expect(themesOfArticle(index, 'gamma')).toEqual([]);
	});

	it('gives each entry on a theme page an id made of article and passage', () => {
		expect(themeEntryId({ article: 'alpha', id: 'a1' })).toBe('alpha--a1');
	});
});

describe('themeProblems', () => {
	const problemsOf = (t: ThemeInput) => themeProblems([t, taiwan], articles);

	it('accepts consistent themes', () => {
		expect(problemsOf(theme())).toEqual([]);
	});

	it.each<[string, Partial<ThemeInput>, RegExp]>([
		['an unknown article', { passages: { alpha: [{ id: 'a1' }], delta: [{ id: 'd1' }] } }, /sanctions\.md: passages names unknown article "delta"/],
		['a passage id that does not exist', { passages: { alpha: [{ id: 'a9' }], beta: [{ id: 'b2' }] } }, /passages names passage "a9", which does not exist in "alpha"/],
		['a retired passage id', { passages: { alpha: [{ id: 'a-old' }], beta: [{ id: 'b2' }] } }, /passage "a-old" of "alpha", which was retired \(its place is now "a2"\)/],
		['a theme with no passage', { passages: {}, positions: {}, absent: { alpha: 'x', beta: 'x', gamma: 'x' } }, /the theme tags no passage/],
		['an unknown related theme', { related: ['climate'] }, /related names unknown theme "climate"/],
		['an article tagged and marked absent', { absent: { gamma: 'x', beta: 'x' } }, /"beta" is both tagged and marked absent/],
		['an article neither tagged nor absent', { absent: {} }, /"gamma" is neither tagged nor marked absent/],
		['a tagged article without a position', { positions: { alpha: 'x' } }, /"beta" has no one-line position/],
		['a position citing an untagged passage', { positions: { alpha: 'A [claim](#a2).', beta: 'x' } }, /position for "alpha" cites "a2", which is not tagged/],
		['an explainer citing an untagged passage', { body: 'See [this](/articles/alpha/#a2).' }, /explainer cites \/articles\/alpha\/#a2, which is not tagged/],
		['an explainer citing a missing passage', { body: 'See [this](/articles/alpha/#zz).' }, /explainer link \/articles\/alpha\/#zz names passage "zz"/],
		['an explainer linking to an unknown theme', { body: 'See [this](/themes/climate/).' }, /explainer links to unknown theme "climate"/],
		['an explainer linking elsewhere on the site', { body: 'See [this](/nowhere/).' }, /explainer links to \/nowhere\/, which is neither a passage nor a theme/],
	])('names %s', (_, overrides, message) => {
		expect(problemsOf(theme(overrides)).join('\n')).toMatch(message);
	});
});

describe('comparisons', () => {
	const many: ArticlePassages[] = [
		{ slug: 'alpha', passageIds: ['a1'], retired: {} },
		{ slug: 'beta', passageIds: ['b1', 'b2', 'b3'], retired: {} },
		{ slug: 'gamma', passageIds: ['c1'], retired: {} },
		{ slug: 'delta', passageIds: ['d1', 'd2'], retired: {} },
	];
	const everything = Object.fromEntries(many.map((a) => [a.slug, a.passageIds.map((id) => ({ id }))]));
	const index = buildThemeIndex([theme({ passages: everything, positions: {}, absent: {} })], many);
	const shownIds = (max: number) => comparisons(index, max)('sanctions', 'alpha').shown.map((r) => r.id);

	it('takes from each other article in turn, keeping each article’s order', () => {
		expect(shownIds(4)).toEqual(['b1', 'c1', 'd1', 'b2']);
	});

	it('returns everything, in rounds, when under the limit, and counts what it leaves out', () => {
		expect(shownIds(10)).toEqual(['b1', 'c1', 'd1', 'b2', 'd2', 'b3']);
		expect(comparisons(index, 2)('sanctions', 'alpha').total).toBe(6);
		expect(comparisons(index, 2)('unknown-theme', 'alpha')).toEqual({ shown: [], total: 0 });
	});
});
