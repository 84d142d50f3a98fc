import { describe, expect, it } from 'vitest';
import { type Holding, quoteSentences, sentences } from '../../../src/text/sentences.ts';

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));
/** What a quote shows, its marked words in [brackets]. */
const shown = (text: string, holding: Holding) =>
	quoteSentences(text, holding)
		.parts.map((p) => (p.marked ? `[${p.text}]` : p.text))
		.join('');

describe('sentences', () => {
	it('splits after a stop followed by a capital or a figure', () => {
		expect(split('China waits. Russia fights! Will Europe pay? 2027 is near.')).toEqual(['China waits.', 'Russia fights!', 'Will Europe pay?', '2027 is near.']);
	});

	it('does not split after abbreviations and initials', () => {
		expect(split('Former U.S. President Donald Trump met Mr. Putin. Then e.g. China spoke.')).toEqual([
			'Former U.S. President Donald Trump met Mr. Putin.',
			'Then e.g. China spoke.',
		]);
		expect(split('The U.S.-Russia talks resumed. Dr. Li and J. D. Vance spoke.')).toEqual(['The U.S.-Russia talks resumed.', 'Dr. Li and J. D. Vance spoke.']);
	});

	it('keeps closing quotes with their sentence, and opening quotes with the next', () => {
		expect(split('It “added fuel to the fire.” “Peace,” he said, “is near.” Beijing agreed.')).toEqual([
			'It “added fuel to the fire.”',
			'“Peace,” he said, “is near.”',
			'Beijing agreed.',
		]);
		expect(split('“Is this it?” she asked. (Yes.) Done.')).toEqual(['“Is this it?” she asked.', '(Yes.)', 'Done.']);
	});

	it('splits after an ellipsis only where a new sentence begins', () => {
		expect(split('It waited… and waited... Then it spoke… Done')).toEqual(['It waited… and waited...', 'Then it spoke…', 'Done']);
	});

	it('leaves out the white space around sentences, and has none in an empty text', () => {
		expect(split('  One.\n\n  Two.  ')).toEqual(['One.', 'Two.']);
		expect(split('No stop at all')).toEqual(['No stop at all']);
		expect(split('   ')).toEqual([]);
	});
});

describe('quoteSentences', () => {
	const text = 'China’s motivations are layered. Beijing watches the U.S. closely, and Taiwan most of all. Europe is far.';

	it('shows the sentence holding exact words, the words marked', () => {
		expect(shown(text, { words: 'watches the U.S.' })).toBe('Beijing [watches the U.S.] closely, and Taiwan most of all.');
	});

	it('finds exact words whatever the white space between them, and shows every sentence they run through', () => {
		expect(shown(text, { words: 'layered.   Beijing watches' })).toBe('China’s motivations are [layered. Beijing watches] the U.S. closely, and Taiwan most of all.');
	});

	it('for keywords, shows the first sentence naming one, each keyword in it marked, whole words in any case', () => {
		expect(shown(text, { keywords: ['taiwan', 'Beijing'] })).toBe('[Beijing] watches the U.S. closely, and [Taiwan] most of all.');
		expect(shown(text, { keywords: ['Euro'] })).toBe('China’s motivations are layered. Beijing watches the U.S. closely, and Taiwan most of all.');
	});

	it('marks a span already found (a register mention)', () => {
		const start = text.indexOf('Europe');
		expect(shown(text, { span: { start, end: start + 6 } })).toBe('[Europe] is far.');
	});

	it('with nothing matched, shows the opening sentences, at least a few words, whole, and says so', () => {
		const quote = quoteSentences(text, { keywords: ['Moscow'] });
		expect(quote.opening).toBe(true);
		expect(quote.parts).toEqual([{ text: 'China’s motivations are layered. Beijing watches the U.S. closely, and Taiwan most of all.', marked: false }]);
		expect(quoteSentences(text, { keywords: [] }).opening).toBe(true);
		expect(quoteSentences(text, { words: 'Taiwan' }).opening).toBe(false);
	});

	it('shows whole sentences with no ellipsis', () => {
		expect(quoteSentences(text, { words: 'Taiwan' })).toMatchObject({ cutBefore: false, cutAfter: false });
	});

	it('cuts only a sentence too long to be one (a passage that lost its stops), saying so', () => {
		const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
		words[200] = 'Putin’s';
		const long = words.join(' ');
		const quote = quoteSentences(long, { keywords: ['Putin'] });
		expect(quote).toMatchObject({ cutBefore: true, cutAfter: true, opening: false });
		const body = quote.parts.map((p) => p.text).join('');
		expect(body.split(' ')).toHaveLength(61);
		expect(body.startsWith('w170 ') && body.endsWith(' w230')).toBe(true);
		expect(quote.parts.find((p) => p.marked)?.text).toBe('Putin');
	});

	it('shows the first words of such a passage where nothing matches, saying it is cut', () => {
		const long = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
		const quote = quoteSentences(long, { keywords: ['Putin'] });
		expect(quote).toMatchObject({ cutBefore: false, cutAfter: true, opening: true });
		expect(quote.parts).toEqual([{ text: long.split(' ').slice(0, 60).join(' '), marked: false }]);
	});

	it('shows the passage’s own characters, one stretch of it', () => {
		const passage = 'In 2022,  Beijing faced a stark choice.\nIf Russia collapsed in Ukraine, Washington would gain. China “waits.”';
		for (const holding of [{ words: 'Russia collapsed' }, { keywords: ['China'] }, { keywords: ['none'] }] satisfies Holding[]) {
			const quote = quoteSentences(passage, holding);
			expect(quote.parts.map((p) => p.text).join('')).toBe(passage.slice(quote.start, quote.end));
		}
	});
});
