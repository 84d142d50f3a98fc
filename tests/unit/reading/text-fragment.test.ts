import { describe, expect, it } from 'vitest';
import { encodeTextValue, findTextDirective, formatTextDirective, type TextPoint, textDirectiveFor } from '../../../src/reading/text-fragment.ts';

/** Reads a formatted directive back, as a browser parses `text=[prefix-,]start[,end][,-suffix]`. */
function parse(formatted: string) {
	const parts = formatted.replace(/^text=/, '').split(',').map((p) => p);
	const out: { prefix?: string; start: string; end?: string; suffix?: string } = { start: '' };
	if (parts[0]!.endsWith('-')) out.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
	if (parts.at(-1)!.startsWith('-')) out.suffix = decodeURIComponent(parts.pop()!.slice(1));
	out.start = decodeURIComponent(parts[0]!);
	if (parts[1] !== undefined) out.end = decodeURIComponent(parts[1]);
	return out;
}

/** Every occurrence of `phrase` in the blocks (case-insensitive), as start points. */
function occurrencesOf(blocks: string[], phrase: string): TextPoint[] {
	return blocks.flatMap((text, block) => [...text.toLowerCase().matchAll(new RegExp(phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ block, offset: m.index })));
}

/** Selects the `nth` occurrence of `phrase` and checks the link's first match is exactly it. */
function linkTo(blocks: string[], phrase: string, nth = 0) {
	const at = occurrencesOf(blocks, phrase)[nth]!;
	const end = { block: at.block, offset: at.offset + phrase.length };
	const directive = textDirectiveFor({ blocks, start: at, end })!;
	const formatted = formatTextDirective(directive);
	const found = findTextDirective(blocks, parse(formatted));
	return { directive, formatted, found, at, end };
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
		const { directive, found, at, end } = linkTo(blocks, 'Friends of Peace');
		expect(directive).toEqual({ start: 'Friends of Peace' });
		expect(found).toEqual({ from: at, to: end });
	});

	it('adds context until the first match is the selected occurrence', () => {
		for (const nth of [0, 1, 2, 3]) {
			const { directive, found, at, end } = linkTo(blocks, 'peace talks', nth);
			expect(found, `occurrence ${nth}`).toEqual({ from: at, to: end });
			if (nth > 0) expect(directive.prefix ?? directive.suffix).toBeDefined();
		}
	});

	it('links a long selection by its first and last words', () => {
		const phrase = 'Europe wants peace talks to succeed quickly and on terms that Kyiv can accept';
		const { directive, found, at, end } = linkTo(blocks, phrase);
		expect(directive.start.split(' ')).toHaveLength(3);
		expect(directive.end!.split(' ')).toHaveLength(3);
		expect(found).toEqual({ from: at, to: end });
	});

	it('links a selection across blocks, each part within its block', () => {
		const start = { block: 1, offset: blocks[1]!.indexOf('met in') };
		const end = { block: 2, offset: blocks[2]!.indexOf(' to fail') };
		const directive = textDirectiveFor({ blocks, start, end })!;
		expect(directive.start).toBe('met in New');
		expect(directive.end).toBe('wants peace talks');
		expect(findTextDirective(blocks, directive)).toEqual({ from: start, to: end });
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
