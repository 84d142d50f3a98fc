import { describe, expect, it } from 'vitest';
import { articleCard, cardAlt, cardFileName, editionCard } from '../../../src/cards/card-content.ts';

const EDITION = 'China’s Calculus: a reader’s edition';
const lateAugust = { earliest: new Date('2025-08-18'), latest: new Date('2025-08-31'), display: 'late August 2025' };
const signed = { title: 'China’s Stake', titleSuppliedByEditors: true, byline: 'Nataliya Butyrska', published: lateAugust };
const printedDay = { earliest: new Date('2025-02-25'), latest: new Date('2025-02-25'), asPrinted: 'February 25, 2025' };

describe('what an analysis’s card shows', () => {
	it('brackets a title the editors supplied, and says so', () => {
		expect(articleCard(signed, EDITION)).toEqual({
			edition: EDITION,
			title: '[China’s Stake]',
			details: ['By Nataliya Butyrska · late August 2025 (inferred)', 'Title supplied by the editors'],
		});
	});

	it('says when the text has no byline, and gives a printed date as it is', () => {
		expect(articleCard({ title: 'Axis', titleSuppliedByEditors: false, byline: null, published: printedDay }, EDITION).details).toEqual([
			'No byline in the received text · 25 February 2025',
		]);
	});

	it('gives its words as the image’s alternative text', () => {
		expect(cardAlt(articleCard(signed, EDITION))).toBe(
			'China’s Calculus: a reader’s edition. [China’s Stake]. By Nataliya Butyrska · late August 2025 (inferred). Title supplied by the editors.',
		);
		expect(cardAlt(editionCard(EDITION, 'China’s Calculus', 'Three analyses'))).toBe('China’s Calculus: a reader’s edition. China’s Calculus. Three analyses.');
		expect(cardAlt({ edition: EDITION, title: 'To what end?', details: [] })).toBe('China’s Calculus: a reader’s edition. To what end?');
	});
});

describe('a card’s file name', () => {
	it('is its name and a hash, safe in a URL', () => {
		expect(cardFileName('china-stake', articleCard(signed, EDITION))).toMatch(/^china-stake\.[\w-]{10}\.png$/);
	});

	it('changes with anything the card shows, and only then', () => {
		const name = cardFileName('a', articleCard(signed, EDITION));
		expect(cardFileName('a', articleCard({ ...signed }, EDITION))).toBe(name);
		expect(cardFileName('a', articleCard({ ...signed, title: 'China’s Stakes' }, EDITION))).not.toBe(name);
		expect(cardFileName('a', articleCard({ ...signed, byline: null }, EDITION))).not.toBe(name);
		expect(cardFileName('a', articleCard({ ...signed, titleSuppliedByEditors: false }, EDITION))).not.toBe(name);
		expect(cardFileName('a', articleCard(signed, 'Another edition'))).not.toBe(name);
	});
});
