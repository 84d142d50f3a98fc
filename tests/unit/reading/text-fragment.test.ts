import { describe, expect, it } from 'vitest';
import { encodeTextValue, findTextDirective, formatTextDirective, textDirectiveFor } from '../../../src/reading/text-fragment.ts';

/** The selection of the `nth` occurrence of `phrase` in the blocks (exact case), as the reader made it. */
function selecting(blocks: string[], phrase: string, nth = 0) {
	const at = blocks.flatMap((text, block) => [...text.matchAll(new RegExp(phrase, 'g'))].map((m) => ({ block, offset: m.index })))[nth]!;
	return { blocks, start: at, end: { block: at.block, offset: at.offset + phrase.length } };
}

describe('encoding', () => {
	it('encodes the directive syntax characters, quotes, dashes and non-ASCII', () => {
		expect(encodeTextValue('Russia-Ukraine, “peace” & talks')).toBe('Russia%2DUkraine%2C%20%E2%80%9Cpeace%E2%80%9D%20%26%20talks');
		expect(encodeTextValue('Russia–Ukraine')).toBe('Russia%E2%80%93Ukraine');
		expect(encodeTextValue('王毅')).toBe('%E7%8E%8B%E6%AF%85');
		expect(decodeURIComponent(encodeTextValue('a-b,c&d e'))).toBe('a-b,c&d e');
	});

	it('formats every part in order, with - marking prefix and suffix', () => {
		expect(formatTextDirective({ prefix: 'a-b', start: 'c', end: 'd,e', suffix: 'f' })).toBe('text=a%2Db-,c,d%2Ce,-f');
		expect(formatTextDirective({ start: 'only' })).toBe('text=only');
	});
});

describe('textDirectiveFor', () => {
	const blocks = [
		'Peace talks begin. China watches the peace talks closely.',
		'The Friends of Peace group, led by China and Brazil, met in New York.',
		'China wants peace talks to fail slowly; Europe wants peace talks to succeed quickly and on terms that Kyiv can accept, with guarantees.',
	];

	it('quotes a short unique selection whole, with no context', () => {
		expect(textDirectiveFor(selecting(blocks, 'Friends of Peace'))).toEqual({ start: 'Friends of Peace' });
	});

	it('adds context, fewest words first, until the first match is the selected occurrence', () => {
		// "Peace talks" opens the first block: the first match already.
		expect(textDirectiveFor(selecting(blocks, 'Peace talks'))).toEqual({ start: 'Peace talks' });
		// Matching ignores case, so "Peace talks begin" comes first: one word of prefix passes it over.
		expect(textDirectiveFor(selecting(blocks, 'peace talks', 0))).toEqual({ prefix: 'the', start: 'peace talks' });
		expect(textDirectiveFor(selecting(blocks, 'peace talks', 1))).toEqual({ prefix: 'wants', start: 'peace talks' });
		// "wants" and "to" both fit the earlier "wants peace talks to fail": a second word of prefix decides.
		expect(textDirectiveFor(selecting(blocks, 'peace talks', 2))).toEqual({ prefix: 'Europe wants', start: 'peace talks' });
	});

	it('links a long selection by its first and last three words', () => {
		const phrase = 'Europe wants peace talks to succeed quickly and on terms that Kyiv can accept';
		expect(textDirectiveFor(selecting(blocks, phrase))).toEqual({ start: 'Europe wants peace', end: 'Kyiv can accept' });
	});

	it('adds context to a long selection whose first words come earlier in the page', () => {
		const phrase = 'peace talks to succeed quickly and on terms that Kyiv can accept';
		// "peace talks to" first stands in "China wants peace talks to fail".
		expect(textDirectiveFor(selecting(blocks, phrase))).toEqual({ prefix: 'Europe wants', start: 'peace talks to', end: 'Kyiv can accept' });
	});

	it('links a selection across blocks, each part within its block', () => {
		const start = { block: 1, offset: blocks[1]!.indexOf('met in') };
		const end = { block: 2, offset: blocks[2]!.indexOf(' to fail') };
		expect(textDirectiveFor({ blocks, start, end })).toEqual({ start: 'met in New', end: 'wants peace talks' });
	});

	it('widens a selection that cuts words to whole words and trims spaces', () => {
		const text = blocks[1]!;
		const start = { block: 1, offset: text.indexOf('riends') };
		const end = { block: 1, offset: text.indexOf('Peace') + 3 };
		expect(textDirectiveFor({ blocks, start, end })).toEqual({ start: 'Friends of Peace' });
		const spaced = { block: 1, offset: text.indexOf(' Friends') };
		expect(textDirectiveFor({ blocks, start: spaced, end: { block: 1, offset: text.indexOf(' group') + 1 } })).toEqual({ start: 'Friends of Peace' });
	});

	it('matches whatever the whitespace in the page, with offsets kept', () => {
		const messy = ['Then peace talks.', 'China\n   watches   the\tpeace talks.'];
		const start = { block: 1, offset: messy[1]!.indexOf('peace') };
		const end = { block: 1, offset: messy[1]!.indexOf('talks') + 5 };
		const directive = textDirectiveFor({ blocks: messy, start, end })!;
		expect(directive.start).toBe('peace talks');
		expect(directive.prefix).toBe('the');
	});

	it('returns nothing for an empty selection', () => {
		expect(textDirectiveFor({ blocks, start: { block: 0, offset: 5 }, end: { block: 0, offset: 5 } })).toBeUndefined();
	});
});

describe('findTextDirective', () => {
	const blocks = ['Sanctions relief now.', 'No sanctions. Sanctions relief later.'];

	it('needs whole words', () => {
		expect(findTextDirective(['Sanctioned relief'], { start: 'Sanction' })).toBeUndefined();
	});

	it('takes the first start that has its prefix, and the first end after it with its suffix', () => {
		expect(findTextDirective(blocks, { prefix: 'sanctions.', start: 'sanctions relief' })).toEqual({ from: { block: 1, offset: 14 }, to: { block: 1, offset: 30 } });
		expect(findTextDirective(blocks, { start: 'sanctions', end: 'relief', suffix: 'later' })).toEqual({ from: { block: 0, offset: 0 }, to: { block: 1, offset: 30 } });
	});
});
