import { describe, expect, it } from 'vitest';
import { buildThemeIndex, comparisons, themeEntryId, themeProblems, themesOfArticle, type ArticlePassages, type PassageRef, type ThemeInput } from '../../../../src/editorial/themes/themes.ts';
import type { ArticleText } from '../../../../src/passages/refs.ts';

/** Articles as the theme checks see them: passage ids in order, with their text. */
function article(slug: string, texts: Record<string, string>, retired: Record<string, string> = {}): ArticleText {
	const passages = Object.entries(texts).map(([id, text]) => ({ id, text }));
	return { slug, passages, passageIds: passages.map((p) => p.id), retired };
}
const articles = [
	article('alpha', { a1: 'Sanctions relief is what Moscow wants.', a2: 'Beijing watches.', a3: 'The West’s sanctions bite.' }, { 'a-old': 'a2' }),
	article('beta', { b1: 'Taiwan is the real stake.', b2: 'Secondary sanctions are feared in Beijing.' }),
	article('gamma', { c1: 'Gamma speaks of trade, and of sanctions only in passing.' }),
];

function theme(overrides: Partial<ThemeInput> = {}): ThemeInput {
	return {
		id: 'sanctions',
		title: 'Sanctions',
		order: 1,
		keywords: ['sanction', 'sanctions'],
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
	keywords: ['Taiwan'],
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

	it('lists a theme’s passages in turn from each article, and which articles it shows all the others’ passages', () => {
		const compare = comparisons(index, 10);
		expect(compare('sanctions')).toEqual({
			shown: [
				{ article: 'alpha', id: 'a1' },
				{ article: 'beta', id: 'b2' },
				{ article: 'alpha', id: 'a3' },
			],
			total: 3,
			complete: ['alpha', 'beta'],
		});
		// Beta alone treats Taiwan: there is nothing to offer it.
		expect(compare('taiwan')).toEqual({ shown: [], total: 1, complete: ['beta'] });
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
		[
			'a tagged passage that names no keyword and has no note',
			{ passages: { alpha: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }], beta: [{ id: 'b2' }] } },
			/^content\/themes\/sanctions\.md: passage "a2" of "alpha" names none of the keywords \(sanction, sanctions\): give its tag a note saying why it belongs$/,
		],
		[
			'an untagged passage naming a keyword, when every mention is to be tagged',
			{ tagEveryMention: true },
			/^content\/themes\/sanctions\.md: passage "c1" of "gamma" names "sanctions" but is not tagged with the theme$/,
		],
	])('names %s', (_, overrides, message) => {
		expect(problemsOf(theme(overrides)).join('\n')).toMatch(message);
	});

	describe('keywords', () => {
		const tagging = (id: string, note?: string) => ({ passages: { alpha: [{ id: 'a1' }, { id, note }], beta: [{ id: 'b2' }] } });
		const problems = (overrides: Partial<ThemeInput>, texts: Record<string, string>) =>
			themeProblems([theme({ body: '', ...overrides }), taiwan], [article('alpha', { a1: 'Sanctions.', ...texts }), articles[1]!, articles[2]!]);

		it('lets a note say why a passage that names no keyword belongs', () => {
			expect(problems(tagging('a2', 'Relief in all but name.'), { a2: 'Relief for Moscow.' })).toEqual([]);
		});

		it('finds a keyword as whole words, in any case, possessives and hyphenated pairs included', () => {
			for (const text of ['SANCTIONS first.', 'The sanction’s reach.', 'Anti-sanctions rhetoric.', 'Sanctions\nrelief.']) {
				expect(problems(tagging('a2'), { a2: text }), text).toEqual([]);
			}
			const noKeyword = /passage "a2" of "alpha" names none of the keywords/;
			for (const text of ['Sanctioned goods.', 'Unsanctioned trade.', 'Sanctionsrelief.']) {
				expect(problems(tagging('a2'), { a2: text }).join('\n'), text).toMatch(noKeyword);
			}
			// A keyword of several words matches across a line break, as the text may wrap there.
			expect(problems({ ...tagging('a2'), keywords: ['secondary sanctions'] }, { a1: 'Secondary sanctions.', a2: 'Secondary\n sanctions.' })).toEqual([]);
		});

		it('needs every mention tagged only where the theme says so', () => {
			expect(problemsOf(theme({ tagEveryMention: false }))).toEqual([]);
			const tagged = { passages: { alpha: [{ id: 'a1' }, { id: 'a3' }], beta: [{ id: 'b2' }], gamma: [{ id: 'c1' }] }, positions: { alpha: 'x', beta: 'x', gamma: 'x' }, absent: {} };
			expect(problemsOf(theme({ ...tagged, tagEveryMention: true }))).toEqual([]);
		});
	});
});

describe('comparisons', () => {
	const many: ArticlePassages[] = [
		{ slug: 'alpha', passageIds: ['a1'], retired: {} },
		{ slug: 'beta', passageIds: ['b1', 'b2', 'b3'], retired: {} },
		{ slug: 'gamma', passageIds: ['c1'], retired: {} },
		{ slug: 'delta', passageIds: ['d1', 'd2'], retired: {} },
	];
	const indexOf = (articles: ArticlePassages[]) => {
		const everything = Object.fromEntries(articles.map((a) => [a.slug, a.passageIds.map((id) => ({ id }))]));
		return buildThemeIndex([theme({ passages: everything, positions: {}, absent: {} })], articles);
	};
	/** What an article is to be offered: up to `max` of the other articles' passages, taken from each in turn. */
	function fromTheOthers(articles: ArticlePassages[], article: string, max: number): string[] {
		const offered: string[] = [];
		for (let round = 0; offered.length < max; round++) {
			const taken = articles.filter((a) => a.slug !== article && round < a.passageIds.length).map((a) => a.passageIds[round]!);
			if (taken.length === 0) break;
			offered.push(...taken.slice(0, max - offered.length));
		}
		return offered;
	}
	/** What the one list offers an article: itself without the article's own passages, cut at `max` (combined-comparisons.ts). */
	const offeredBy = (shown: PassageRef[], article: string, max: number) => shown.filter((r) => r.article !== article).slice(0, max).map((r) => r.id);

	it('offers every article, from one list, what taking in turn from the others would', () => {
		const uneven = Array.from({ length: 12 }, (_, i): ArticlePassages => ({ slug: `s${i}`, passageIds: Array.from({ length: (i * 7) % 5 }, (_, j) => `s${i}p${j}`), retired: {} }));
		for (const articles of [many, uneven]) {
			for (let max = 1; max <= 8; max++) {
				const { shown } = comparisons(indexOf(articles), max)('sanctions');
				for (const { slug } of articles) expect(offeredBy(shown, slug, max), `${slug}, at most ${max}`).toEqual(fromTheOthers(articles, slug, max));
			}
		}
	});

	it('stops once every article finds enough of the others’ passages, however many one article has', () => {
		expect(comparisons(indexOf(many), 2)('sanctions').shown.map((r) => r.id)).toEqual(['a1', 'b1', 'c1']);
		const lopsided = [many[0]!, { slug: 'beta', passageIds: Array.from({ length: 100 }, (_, i) => `b${i}`), retired: {} }];
		expect(comparisons(indexOf(lopsided), 6)('sanctions').shown).toHaveLength(7);
	});

	it('counts the theme’s passages, and names the articles that are offered all the others’', () => {
		expect(comparisons(indexOf(many), 2)('sanctions')).toMatchObject({ total: 7, complete: [] });
		expect(comparisons(indexOf(many), 5)('sanctions').complete).toEqual(['beta', 'delta']);
		expect(comparisons(indexOf(many), 2)('unknown-theme')).toEqual({ shown: [], total: 0, complete: [] });
	});
});
