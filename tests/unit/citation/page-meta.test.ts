import { describe, expect, it } from 'vitest';
import { openGraphTags } from '../../../src/citation/page-meta.ts';

const card = { url: new URL('https://example.org/cards/edition.abc.png'), alt: 'The edition’s card.' };

describe('Open Graph tags, on every kind of page', () => {
	it('state a web page of the edition, named as citations name it, with its link card', () => {
		const tags = openGraphTags({ title: 'Neutrality', description: 'About it.', canonical: new URL('https://example.org/themes/neutrality/'), card });
		expect(tags).toEqual([
			['og:site_name', 'China’s Calculus: a reader’s edition'],
			['og:title', 'Neutrality'],
			['og:description', 'About it.'],
			['og:type', 'website'],
			['og:url', 'https://example.org/themes/neutrality/'],
			['og:locale', 'en_GB'],
			['og:image', 'https://example.org/cards/edition.abc.png'],
			['og:image:type', 'image/png'],
			['og:image:width', '1200'],
			['og:image:height', '630'],
			['og:image:alt', 'The edition’s card.'],
		]);
	});

	it('give no address to a page that has none (the 404 page)', () => {
		expect(openGraphTags({ title: 'Not found', description: 'x', canonical: undefined, card }).map(([p]) => p)).not.toContain('og:url');
	});
});
