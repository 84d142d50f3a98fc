/** A long list's passages, cited by number as an index cites pages. */
import { describe, expect, it } from 'vitest';
import { passageNumbersHtml } from '../../../src/editorial/passage-numbers.ts';

const article = { slug: 'alpha', passages: [{ id: 'first' }, { id: 'second' }, { id: 'third' }, { id: 'fourth' }] };

describe('passageNumbersHtml', () => {
	it('numbers each passage by its place in the analysis and links the number to it', () => {
		expect(passageNumbersHtml(article, ['second', 'fourth'])).toBe(
			'paragraphs <a href="/articles/alpha/#second">2</a>, <a href="/articles/alpha/#fourth">4</a>',
		);
	});

	it('says "paragraph" for one', () => {
		expect(passageNumbersHtml(article, ['first'])).toBe('paragraph <a href="/articles/alpha/#first">1</a>');
	});

	it('gives each number the id of the list’s entry for its passage, when asked', () => {
		expect(passageNumbersHtml(article, ['third'], (id) => `alpha--${id}`)).toBe('paragraph <a id="alpha--third" href="/articles/alpha/#third">3</a>');
	});

	it('refuses a passage the analysis does not have, rather than link to nothing', () => {
		expect(() => passageNumbersHtml(article, ['second', 'gone'])).toThrow('alpha has no passage #gone');
	});
});
