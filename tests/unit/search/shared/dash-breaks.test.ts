import { describe, expect, it } from 'vitest';
import { breakAtDashes, DASH_BREAK, unbreakDashes } from '../../../../src/search/shared/dash-breaks.ts';

describe('breakAtDashes', () => {
	it('breaks after each dash that runs into a word, in text only', () => {
		expect(breakAtDashes('<p>relief—enough and Cold War–style</p>')).toBe(`<p>relief—${DASH_BREAK}enough and Cold War–${DASH_BREAK}style</p>`);
		// Attributes keep their dashes; a dash before a tag may run into the next element's text.
		expect(breakAtDashes('<meta content="US–Russia talks"><p title="a—b">a—<a href="/x">b</a></p>')).toBe(
			`<meta content="US–Russia talks"><p title="a—b">a—${DASH_BREAK}<a href="/x">b</a></p>`,
		);
	});

	it('leaves spaced dashes and hyphens alone', () => {
		const html = '<p>relief — enough, yuan-ruble, 2022– </p>';
		expect(breakAtDashes(html)).toBe(html);
	});
});

describe('unbreakDashes', () => {
	it('gives back the text as written', () => {
		const text = 'infrastructure—yuan-ruble settlements, a relief — enough, Xi–Putin';
		expect(unbreakDashes(breakAtDashes(text))).toBe(text);
		// Pagefind turns every run of whitespace into one space, and keeps the word joiner.
		expect(unbreakDashes('infrastructure—\u2060 yuan')).toBe('infrastructure—yuan');
	});
});
