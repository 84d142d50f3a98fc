import { describe, expect, it } from 'vitest';
import { excerptParts, type PageHit, passageExcerptParts, passageLabel, passageLinkName, rankedPassageHits, type SubResult } from '../../../../src/search/shared/hits.ts';

// Word positions, as Pagefind counts them: 0 China 1 wants 2 relief. 3 Sanctions 4 relief 5 now. 6 Sanctions 7 bite 8 sanctions.
const content = 'China wants relief. Sanctions relief now. Sanctions bite sanctions.';

function sub(id: string, locations: number[]): SubResult {
	return { title: id, url: `/articles/a/#${id}`, excerpt: '', locations, anchor: { element: 'p', id, location: locations[0] ?? 0 } };
}

function hit(subResults: SubResult[]): PageHit {
	return { url: '/articles/a/', content, excerpt: '', locations: subResults.flatMap((s) => s.locations), meta: { title: 'A' }, anchors: subResults.flatMap((s) => (s.anchor ? [s.anchor] : [])), sub_results: subResults };
}

describe('rankedPassageHits', () => {
	it('puts the passage matching the most distinct query words first, then the most matches, then document order', () => {
		const first = sub('first', [2]);
		const both = sub('both', [3, 4]);
		const twice = sub('twice', [6, 8]);
		expect(rankedPassageHits(hit([first, twice, both])).map((s) => s.title)).toEqual(['both', 'twice', 'first']);
	});

	it('treats case and punctuation as the same word', () => {
		// "relief." and "relief" and "Sanctions"/"sanctions" are one word each.
		expect(rankedPassageHits(hit([sub('one', [6, 8]), sub('two', [2, 4])])).map((s) => s.title)).toEqual(['one', 'two']);
	});

	it('drops the page-level result and sub-results without an anchor', () => {
		const page: SubResult = { title: 'A', url: '/articles/a/', excerpt: '', locations: [0] };
		const loose: SubResult = { title: 'loose', url: '/articles/a/#x', excerpt: '', locations: [1] };
		expect(rankedPassageHits(hit([page, loose, sub('kept', [2])])).map((s) => s.title)).toEqual(['kept']);
	});
});

describe('excerptParts', () => {
	it('splits marked words from plain text and decodes entities', () => {
		expect(excerptParts('China &amp; <mark>Russia</mark>&#39;s &quot;deal&quot;')).toEqual([
			{ text: 'China & ', marked: false },
			{ text: 'Russia', marked: true },
			{ text: '\'s "deal"', marked: false },
		]);
	});

	it('returns markup from the index as inert text, never as elements', () => {
		const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>&lt;b&gt;</mark>');
		expect(parts).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', marked: false },
			{ text: '<', marked: false },
			{ text: 'b', marked: true },
			{ text: '>', marked: false },
		]);
	});

	it('drops stray tags other than <mark>', () => {
		expect(excerptParts('a <em>b</em> <mark>c</mark>')).toEqual([
			{ text: 'a b ', marked: false },
			{ text: 'c', marked: true },
		]);
	});
});

describe('passageLabel', () => {
	const anchors = [
		{ element: 'p', id: 'p1', location: 0 },
		{ element: 'p', id: 'p2', location: 10 },
		{ element: 'h2', id: 'talks', text: 'The US–\u2060 Russia talks', location: 20 },
		{ element: 'p', id: 'p3', location: 25 },
		{ element: 'p', id: 'p4', location: 30 },
	];
	const page: PageHit = { url: '/articles/a/', content, excerpt: '', locations: [], meta: { title: 'A' }, anchors, sub_results: [] };
	const at = (id: string): SubResult => ({ title: 'The opening words…', url: `/articles/a/#${id}`, excerpt: '', locations: [], anchor: anchors.find((a) => a.id === id)! });

	it('names a passage by its number in the article, as citations give it, and its section, never by its opening words', () => {
		expect(passageLabel(page, at('p4'))).toBe('¶ 4 · The US–Russia talks');
		expect(passageLabel(page, at('p3'))).toBe('¶ 3 · The US–Russia talks');
	});

	it('names a passage before every heading by its number alone, and a heading by its text', () => {
		expect(passageLabel(page, at('p2'))).toBe('¶ 2');
		expect(passageLabel(page, at('talks'))).toBe('The US–Russia talks');
	});

	it('counts list items and block quotes as passages, as the margin does', () => {
		const listed = [
			{ element: 'p', id: 'p1', location: 0 },
			{ element: 'li', id: 'l1', location: 5 },
			{ element: 'blockquote', id: 'q1', location: 9 },
			{ element: 'p', id: 'p2', location: 14 },
		];
		const hit = { ...page, anchors: listed };
		expect(passageLabel(hit, { ...at('p1'), anchor: listed[3]! })).toBe('¶ 4');
	});

	it('names a row of the synopsis by its question, and does not count it as a passage', () => {
		const row = { element: 'tr', id: 'frozen-conflict', title: 'Would a frozen conflict suit China?', text: 'Would a frozen conflict suit China? It would…', location: 40 };
		const synopsis: PageHit = { ...page, url: '/compare/', meta: { title: 'Compare the analyses' }, anchors: [{ element: 'th', id: 'theme-europe', location: 35 }, row] };
		const sub: SubResult = { title: row.title, url: '/compare/#frozen-conflict', excerpt: '', locations: [41], anchor: row };
		expect(passageLabel(synopsis, sub)).toBe('Would a frozen conflict suit China?');
		expect(passageLinkName(synopsis, sub)).toBe('Would a frozen conflict suit China? — Compare the analyses');
	});

	it('gives each link an accessible name that starts with its label and names the analysis', () => {
		const analysis = { ...page, meta: { title: 'What China Wants (and Fears) from a Trump-Putin Deal' } };
		expect(passageLinkName(analysis, at('p3'))).toBe('¶ 3 · The US–Russia talks — What China Wants (and Fears) from a Trump-Putin Deal');
		expect(passageLinkName(analysis, at('talks'))).toBe('The US–Russia talks — What China Wants (and Fears) from a Trump-Putin Deal');
	});
});

describe('rankedPassageHits and phrases', () => {
	// 0 Broad 1 secondary 2 sanctions 3 could 4 bite. 5 Sanctions 6 are 7 secondary 8 here. 9 The 10 secondary 11 sanction 12 regime.
	const phrased = 'Broad secondary sanctions could bite. Sanctions are secondary here. The secondary sanction regime.';
	const page = (subs: SubResult[]): PageHit => ({ ...hit(subs), content: phrased });

	it('puts a passage holding the query as a phrase before one holding its words apart, however many matches that has', () => {
		const apart = sub('apart', [5, 7]);
		const together = sub('together', [1, 2]);
		const more = sub('more', [5, 7, 5, 7]);
		expect(rankedPassageHits(page([apart, more, together]), 'secondary sanctions').map((s) => s.title)).toEqual(['together', 'more', 'apart']);
	});

	it('takes the words in the order typed, and a stem for its word', () => {
		// "sanctions secondary" is apart in the passage that reads "Sanctions are secondary", and
		// reversed in the one reading "secondary sanctions"; "secondary sanction" holds the stem.
		expect(rankedPassageHits(page([sub('apart', [5, 7]), sub('stem', [10, 11])]), 'secondary sanctions').map((s) => s.title)).toEqual(['stem', 'apart']);
		expect(rankedPassageHits(page([sub('apart', [5, 7]), sub('reversed', [1, 2])]), 'sanctions secondary').map((s) => s.title)).toEqual(['apart', 'reversed']);
	});

	it('counts a quoted query as the same phrase, and changes nothing for one word', () => {
		expect(rankedPassageHits(page([sub('apart', [5, 7]), sub('together', [1, 2])]), '"secondary sanctions"').map((s) => s.title)).toEqual(['together', 'apart']);
		expect(rankedPassageHits(page([sub('first', [1]), sub('second', [7, 10])]), 'secondary').map((s) => s.title)).toEqual(['second', 'first']);
	});
});

describe('excerptParts and punctuation', () => {
	it('marks the word, not the punctuation Pagefind marked with it', () => {
		expect(excerptParts('chief Kaja <mark>Kallas,</mark> and <mark>“Dragonbear”</mark>')).toEqual([
			{ text: 'chief Kaja ', marked: false },
			{ text: 'Kallas', marked: true },
			{ text: ',', marked: false },
			{ text: ' and ', marked: false },
			{ text: '“', marked: false },
			{ text: 'Dragonbear', marked: true },
			{ text: '”', marked: false },
		]);
	});
});

describe('excerptParts and the index’s dash breaks', () => {
	it('gives back the words as written, inside a mark or not', () => {
		expect(excerptParts('infrastructure—\u2060 <mark>yuan-ruble</mark> and <mark>War–\u2060</mark> style').map((p) => p.text).join('')).toBe('infrastructure—yuan-ruble and War–style');
	});
});

describe('passageExcerptParts', () => {
	const heading = { element: 'h2', id: 'roles-heading', text: 'As the analyses describe them', location: 10 };
	const at = (excerpt: string, anchor: SubResult['anchor']): SubResult => ({ title: 'x', url: '/people/kaja-kallas/#roles-heading', excerpt, locations: [], anchor });

	it('leaves out the heading the label already shows, with the full stop Pagefind adds', () => {
		expect(passageExcerptParts(at('As the analyses describe them. Chief Kaja <mark>Kallas</mark> said', heading))).toEqual([
			{ text: 'Chief Kaja ', marked: false },
			{ text: 'Kallas', marked: true },
			{ text: ' said', marked: false },
		]);
	});

	it('keeps a heading whose words matched, an excerpt starting elsewhere, and a passage’s opening words', () => {
		expect(passageExcerptParts(at('<mark>As</mark> the analyses describe them. Kallas', heading)).map((p) => p.text).join('')).toBe('As the analyses describe them. Kallas');
		expect(passageExcerptParts(at('them. Kallas said', heading)).map((p) => p.text).join('')).toBe('them. Kallas said');
		expect(passageExcerptParts(at('Kallas said', { element: 'p', id: 'p', location: 0 })).map((p) => p.text).join('')).toBe('Kallas said');
	});
});
