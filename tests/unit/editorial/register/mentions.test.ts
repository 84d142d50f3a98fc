import { describe, expect, it } from 'vitest';
import { formOccurs, mentionMatcher } from '../../../../src/editorial/register/mentions.ts';

const register = [
	{ id: 'xi', forms: ['Xi Jinping', 'Xi'] },
	{ id: 'putin', forms: ['Vladimir Putin', 'Putin'] },
	{ id: 'us', forms: ['United States', 'US', 'U.S.', 'Washington'] },
	{ id: 'un', forms: ['United Nations', 'UN'] },
	{ id: 'unsc', forms: ['UN Security Council'] },
	{ id: 'russia', forms: ['Russia'] },
];
const find = mentionMatcher(register);
/** Each mention as [entry, the words it covers]. */
const found = (text: string) => find(text).map((m) => [m.entry, text.slice(m.start, m.end)]);

describe('mentionMatcher', () => {
	it('finds whole words only: never "Xi" inside another word', () => {
		expect(found('Xinjiang, Xiamen and Maxi are not Xi.')).toEqual([['xi', 'Xi']]);
		expect(found('USB, USAID and Russian are not mentions')).toEqual([]);
	});

	it('takes possessives and each part of a hyphenated pair', () => {
		expect(found('Putin’s call and Putin\'s reply')).toEqual([
			['putin', 'Putin'],
			['putin', 'Putin'],
		]);
		expect(found('a Trump-Putin bargain, US-led, U.S.-Russia talks')).toEqual([
			['putin', 'Putin'],
			['us', 'US'],
			['us', 'U.S.'],
			['russia', 'Russia'],
		]);
	});

	it('keeps case exact, and takes no plural or other inflection that is not a form', () => {
		expect(found('let us see; the russia desk; the Russians')).toEqual([]);
	});

	it('lets the longest form win where forms overlap, and its words mention nothing else', () => {
		expect(found('Xi Jinping met Xi’s guests')).toEqual([
			['xi', 'Xi Jinping'],
			['xi', 'Xi'],
		]);
		expect(found('the UN Security Council and the UN')).toEqual([
			['unsc', 'UN Security Council'],
			['un', 'UN'],
		]);
	});

	it('matches a form across a line break, and gives the offsets in the text as written', () => {
		const text = 'talks with Vladimir\nPutin today';
		expect(find(text)).toEqual([{ entry: 'putin', start: 11, end: 25 }]);
	});

	it('treats forms as words, not patterns', () => {
		expect(found('U.S. and UxSx')).toEqual([['us', 'U.S.']]);
	});

	it('finds nothing with an empty register', () => {
		expect(mentionMatcher([])('Xi and Putin')).toEqual([]);
	});
});

describe('formOccurs', () => {
	it('finds a form on its own terms, even inside a longer form of another entry', () => {
		expect(formOccurs('UN', ['the UN Security Council'])).toBe(true);
		expect(formOccurs('Xi', ['Xinjiang', 'Xiamen'])).toBe(false);
		expect(formOccurs('Xi', ['Xinjiang', 'then Xi spoke'])).toBe(true);
	});
});
